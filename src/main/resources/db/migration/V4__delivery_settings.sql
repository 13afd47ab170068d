-- PortalDesk schema, version 4: delivery settings saved from the staff app's settings screen. They apply to
-- every workstation sharing the database and take precedence over config.properties. Secrets are stored
-- AES-GCM encrypted under the key file, never readable.
CREATE TABLE delivery_settings (
    id                       INT PRIMARY KEY,
    sms_provider             VARCHAR(10) NOT NULL,
    email_provider           VARCHAR(10) NOT NULL,
    twilio_account_sid       VARCHAR(40) NOT NULL,
    twilio_from_number       VARCHAR(20) NOT NULL,
    twilio_service_sid       VARCHAR(40) NOT NULL,
    twilio_token_cipher      BYTEA,
    smtp_host                VARCHAR(255) NOT NULL,
    smtp_port                INT NOT NULL,
    smtp_security            VARCHAR(10) NOT NULL,
    smtp_username            VARCHAR(255) NOT NULL,
    smtp_password_cipher     BYTEA,
    smtp_from_address        VARCHAR(254) NOT NULL,
    smtp_from_name           VARCHAR(100) NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
