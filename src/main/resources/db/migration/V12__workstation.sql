-- PortalDesk schema, version 12: every staff app and kiosk that uses this database, for the Workstations screen.
-- One row per program on a computer (kind, terminal id, computer, account); each start refreshes it.
CREATE TABLE workstation (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(16) NOT NULL,
    terminal_id  VARCHAR(64) NOT NULL,
    host_name    VARCHAR(255) NOT NULL,
    os_user      VARCHAR(255) NOT NULL,
    app_version  VARCHAR(64) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT workstation_kind_check CHECK (kind IN ('STAFF_APP', 'KIOSK')),
    CONSTRAINT workstation_identity_unique UNIQUE (kind, terminal_id, host_name, os_user)
);
