-- PortalDesk schema, version 9: the audit log's head carries a seal, an HMAC under a key derived from the key file
-- over (last_seq, last_hash). Someone who can write to the database but has no key file cannot move the head back
-- to hide removed events. The program seals the existing head right after this migration.
ALTER TABLE audit_head ADD COLUMN seal BYTEA;
