-- PortalDesk schema, version 3: staff accounts with Argon2id passwords, TOTP second factor, recovery codes.

CREATE TABLE staff_user (
    id                 UUID PRIMARY KEY,
    version            BIGINT NOT NULL,
    username           VARCHAR(64) NOT NULL,
    display_name       VARCHAR(100) NOT NULL,
    role               VARCHAR(10) NOT NULL,
    can_reveal_ssn     BOOLEAN NOT NULL,
    -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash
    password_hash      VARCHAR(200) NOT NULL,
    disabled           BOOLEAN NOT NULL,
    -- AES-GCM under the key file, with the user id as associated data; null until enrolment is confirmed
    totp_secret_cipher BYTEA,
    totp_last_step     BIGINT NOT NULL,
    failed_count       INT NOT NULL,
    first_failure_at   TIMESTAMP WITH TIME ZONE,
    locked_until       TIMESTAMP WITH TIME ZONE,
    last_sign_in_at    TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_username_unique UNIQUE (username)
);

-- Ten single-use recovery codes per enrolment, kept only as keyed hashes.
CREATE TABLE staff_recovery_code (
    id        UUID PRIMARY KEY,
    staff_id  UUID NOT NULL,
    code_hash BYTEA NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX staff_recovery_staff_idx ON staff_recovery_code (staff_id);

-- A policy switch: require the second factor for every staff member, not only admins.
ALTER TABLE portal_policy ADD COLUMN require_mfa_for_all BOOLEAN DEFAULT FALSE NOT NULL;
