-- PortalDesk schema, version 13: automatic backups and the record of every backup.

-- The firm's backup plan (one row): set by an admin, carried out by whichever running staff app claims the day's
-- run first (claimed_by / claimed_until, taken with one atomic UPDATE, so two workstations never back up together).
CREATE TABLE backup_schedule (
    id             INT PRIMARY KEY,
    enabled        BOOLEAN NOT NULL,
    folder         VARCHAR(1000) NOT NULL,
    -- HH:MM in the office's own time
    daily_at       VARCHAR(5) NOT NULL,
    keep_count     INT NOT NULL,
    -- the dashboard warns when the newest good backup is older than this
    max_age_hours  INT NOT NULL,
    claimed_by     VARCHAR(200),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE,
    updated_by     VARCHAR(100)
);

INSERT INTO backup_schedule (id, enabled, folder, daily_at, keep_count, max_age_hours)
VALUES (1, FALSE, '', '19:00', 14, 48);

-- Every backup taken, by hand or on schedule, and how its check went: CREATED (not checked yet), VERIFIED, FAILED
-- (not written, or its check failed; detail says why).
CREATE TABLE backup_record (
    id            UUID PRIMARY KEY,
    file_name     VARCHAR(300) NOT NULL,
    folder        VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    terminal_id   VARCHAR(64) NOT NULL,
    scheduled     BOOLEAN NOT NULL,
    status        VARCHAR(12) NOT NULL,
    detail        VARCHAR(1000) NOT NULL,
    bytes         BIGINT NOT NULL,
    contacts      BIGINT NOT NULL,
    audit_events  BIGINT NOT NULL,
    checked_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX backup_record_created_idx ON backup_record (created_at);

-- Whether an admin has been shown the firm's recovery key and typed part of it back (one row). Until then every
-- admin sign-in shows it.
CREATE TABLE recovery_key_state (
    id            INT PRIMARY KEY,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    confirmed_by  VARCHAR(100)
);

INSERT INTO recovery_key_state (id) VALUES (1);
