-- PortalDesk schema, version 8: codes are delivered through a transactional outbox, in the client's language.

-- A code to send, written in the same transaction as the challenge it belongs to, so a code is never promised
-- without a row that some PortalDesk process will send. Workers claim a row with one atomic UPDATE
-- (claimed_by, claimed_until); a crashed worker's claim runs out and another process takes the row over.
-- sealed holds the destination, the code and the first name, AES-256-GCM with the row id as associated data,
-- and is wiped (NULL) once the row is final: the code never rests readable in the database.
CREATE TABLE code_delivery (
    id                 UUID PRIMARY KEY,
    challenge_id       UUID NOT NULL,
    code_version       INT NOT NULL,
    contact_id         UUID,
    terminal_id        VARCHAR(64) NOT NULL,
    channel            VARCHAR(8) NOT NULL,
    destination_masked VARCHAR(120) NOT NULL,
    sealed             BYTEA,
    language           VARCHAR(5) NOT NULL,
    lifetime_seconds   INT NOT NULL,
    -- QUEUED, SENDING, WATCHING (accepted; watched for a late failure), then SENT, DELIVERED, FAILED, NOT_SENT
    status             VARCHAR(12) NOT NULL,
    tries              INT NOT NULL,
    due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by         VARCHAR(100),
    claimed_until      TIMESTAMP WITH TIME ZONE,
    watch_until        TIMESTAMP WITH TIME ZONE,
    provider_ref       VARCHAR(200),
    outcome            VARCHAR(400),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX code_delivery_open_idx ON code_delivery (status, due_at);
CREATE INDEX code_delivery_challenge_idx ON code_delivery (challenge_id);

-- The language the challenge's codes are written in (the kiosk's, or the contact's preference), and whether its
-- newest code went by email because a text was not possible or failed.
ALTER TABLE challenge ADD COLUMN language VARCHAR(5) DEFAULT 'en' NOT NULL;
ALTER TABLE challenge ADD COLUMN by_email_instead BOOLEAN DEFAULT FALSE NOT NULL;

-- The contact's language for codes started away from the kiosk: en or es.
ALTER TABLE contact ADD COLUMN preferred_language VARCHAR(5) DEFAULT 'en' NOT NULL;
