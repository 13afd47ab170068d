-- PortalDesk schema, version 1: the key check and contacts.
-- Written for both H2 and PostgreSQL; Hibernate validates against it and never changes it.

-- A value derived from the key file (never the key), so start-up can tell a wrong key file from the right one.
CREATE TABLE key_check (
    id          INT PRIMARY KEY,
    check_value BYTEA NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE contact (
    id                UUID PRIMARY KEY,
    version           BIGINT NOT NULL,
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    email             VARCHAR(254),
    mobile_e164       VARCHAR(16),
    -- FULL_SSN, SSN_LAST4, PIN or NONE; the value itself is only in secret_cipher (AES-256-GCM, id as AAD)
    secret_kind       VARCHAR(12) NOT NULL,
    secret_cipher     BYTEA,
    -- HMAC-SHA256 of the last four (or PIN) under a key from the key file: equality lookups only
    last4_lookup      BYTEA,
    preferred_channel VARCHAR(8) NOT NULL,
    portal_access     BOOLEAN NOT NULL,
    notes             VARCHAR(2000) NOT NULL,
    archived          BOOLEAN NOT NULL,
    -- lower-case name, email and phone digits for the search box; never any SSN digits
    search_text       VARCHAR(700) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contact_email_last4_unique UNIQUE (email, last4_lookup)
);

CREATE INDEX contact_email_idx ON contact (email);
CREATE INDEX contact_name_idx ON contact (last_name, first_name);
