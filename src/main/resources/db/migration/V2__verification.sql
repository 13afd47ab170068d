-- PortalDesk schema, version 2: the portal security policy, challenges, limits, client sessions, the outbox
-- and the hash-chained audit log. Written for both H2 and PostgreSQL.

-- One row: the policy every workstation sharing this database applies to new challenges.
CREATE TABLE portal_policy (
    id                        INT PRIMARY KEY,
    sms_enabled               BOOLEAN NOT NULL,
    email_enabled             BOOLEAN NOT NULL,
    code_length               INT NOT NULL,
    code_lifetime_seconds     INT NOT NULL,
    max_checks                INT NOT NULL,
    resend_cooldown_seconds   INT NOT NULL,
    identity_sends            INT NOT NULL,
    identity_send_window_s    INT NOT NULL,
    lock_threshold            INT NOT NULL,
    lock_window_seconds       INT NOT NULL,
    lock_duration_seconds     INT NOT NULL,
    terminal_sends_per_hour   INT NOT NULL,
    firm_sms_per_hour         INT NOT NULL,
    sms_countries             VARCHAR(200) NOT NULL,
    session_idle_seconds      INT NOT NULL,
    session_absolute_seconds  INT NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO portal_policy VALUES (1, TRUE, TRUE, 6, 600, 5, 60, 5, 900, 10, 86400, 1800, 60, 300, 'US,CA', 120, 900,
                                  TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

-- The firm as clients know it, named in every code message and on the kiosk.
CREATE TABLE firm_profile (
    id         INT PRIMARY KEY,
    firm_name  VARCHAR(80) NOT NULL,
    firm_phone VARCHAR(40) NOT NULL
);

INSERT INTO firm_profile VALUES (1, 'Your accounting firm', '');

-- A sign-in attempt. Decoys (no match) are rows like any other but can never be approved.
-- identity_hash is an HMAC of the email typed, so attacker-typed addresses are not kept readable.
CREATE TABLE challenge (
    id                 UUID PRIMARY KEY,
    identity_hash      BYTEA NOT NULL,
    contact_id         UUID,
    decoy              BOOLEAN NOT NULL,
    status             VARCHAR(20) NOT NULL,
    code_hash          BYTEA NOT NULL,
    code_version       INT NOT NULL,
    channel            VARCHAR(8) NOT NULL,
    destination_masked VARCHAR(120) NOT NULL,
    terminal_id        VARCHAR(64) NOT NULL,
    attempts           INT NOT NULL,
    max_attempts       INT NOT NULL,
    send_count         INT NOT NULL,
    delivery_status    VARCHAR(12) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX challenge_identity_idx ON challenge (identity_hash);

-- Every code sent (or pretended to be sent, for decoys), for the send budgets.
CREATE TABLE send_log (
    id            UUID PRIMARY KEY,
    identity_hash BYTEA NOT NULL,
    terminal_id   VARCHAR(64) NOT NULL,
    channel       VARCHAR(8) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX send_log_identity_idx ON send_log (identity_hash, sent_at);
CREATE INDEX send_log_terminal_idx ON send_log (terminal_id, sent_at);
CREATE INDEX send_log_time_idx ON send_log (sent_at);

-- Failures per identity (wrong last four, unknown email, wrong code) and the lock they lead to.
CREATE TABLE identity_failure (
    id            UUID PRIMARY KEY,
    identity_hash BYTEA NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX identity_failure_idx ON identity_failure (identity_hash, occurred_at);

CREATE TABLE identity_state (
    identity_hash  BYTEA PRIMARY KEY,
    failures_since TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE
);

-- Client sessions: only a hash of the token is stored, so a copy of the table cannot be replayed.
CREATE TABLE client_session (
    token_hash        BYTEA PRIMARY KEY,
    contact_id        UUID NOT NULL,
    challenge_id      UUID NOT NULL,
    terminal_id       VARCHAR(64) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    idle_seconds      INT NOT NULL,
    absolute_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    end_reason        VARCHAR(30)
);

-- Demonstration delivery: what would have been sent. Shown in the staff app and by `outbox list`.
CREATE TABLE outbox_message (
    id                 UUID PRIMARY KEY,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel            VARCHAR(8) NOT NULL,
    destination_masked VARCHAR(120) NOT NULL,
    subject            VARCHAR(200) NOT NULL,
    body               VARCHAR(4000) NOT NULL
);

CREATE INDEX outbox_time_idx ON outbox_message (created_at);

-- The audit log: append-only, each event carrying an HMAC over its content and the previous event's hash.
CREATE TABLE audit_event (
    seq                BIGINT PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id        VARCHAR(64) NOT NULL,
    event_type         VARCHAR(40) NOT NULL,
    reason             VARCHAR(40) NOT NULL,
    contact_id         UUID,
    challenge_id       UUID,
    channel            VARCHAR(8),
    destination_masked VARCHAR(120),
    detail             VARCHAR(1000) NOT NULL,
    prev_hash          BYTEA NOT NULL,
    hash               BYTEA NOT NULL
);

CREATE INDEX audit_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_contact_idx ON audit_event (contact_id);

-- The chain's head: locked while an event is appended, so events from every workstation form one chain,
-- and compared with the last event so that removing the newest events is detected too.
CREATE TABLE audit_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash BYTEA
);

INSERT INTO audit_head VALUES (1, 0, NULL);
