-- PortalDesk schema, version 11: who did it. The staff member's user name for actions in the staff app, "os:<account>"
-- for the command line (it has no staff sign-in), empty for what a client or PortalDesk itself did. Covered by the
-- event's hash like every other field.
ALTER TABLE audit_event ADD COLUMN actor VARCHAR(100);
CREATE INDEX audit_actor_idx ON audit_event (actor);
