-- PortalDesk schema, version 7: "something is wrong here" change requests from signed-in clients at the kiosk.
-- Staff read them in the contact's history and mark them handled; the client never edits a record.
CREATE TABLE change_request (
    id           UUID PRIMARY KEY,
    contact_id   UUID NOT NULL,
    -- comma-separated ChangeTopic names: NAME, MOBILE, EMAIL, OTHER
    topics       VARCHAR(64) NOT NULL,
    -- the client's own words (they may type anything, digits included): AES-256-GCM with the id as AAD
    note_cipher  BYTEA,
    terminal_id  VARCHAR(64) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at   TIMESTAMP WITH TIME ZONE,
    handled_by   VARCHAR(64)
);

CREATE INDEX change_request_contact_idx ON change_request (contact_id, requested_at);
CREATE INDEX change_request_open_idx ON change_request (handled_at);
