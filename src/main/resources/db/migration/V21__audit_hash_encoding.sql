-- PortalDesk schema, version 21: how each audit event's hashed fields were turned into bytes. Events written so far
-- joined their fields with a separator that a field could hold in the database (encoding 1); new events write each
-- field with its length (encoding 2). Old events keep their hashes and are verified under encoding 1; the first start
-- after this migration verifies them and records the result in the log (see HashedFields and AuditLog).
ALTER TABLE audit_event ADD COLUMN hash_encoding SMALLINT DEFAULT 1 NOT NULL;
