-- PortalDesk schema, version 6: appointment check-ins made by signed-in clients at the kiosk.
CREATE TABLE check_in (
    id            UUID PRIMARY KEY,
    contact_id    UUID NOT NULL,
    terminal_id   VARCHAR(64) NOT NULL,
    checked_in_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX check_in_time_idx ON check_in (checked_in_at);
