-- PortalDesk schema, version 20: an index on the contacts' row versions. Every search of the contacts list first
-- reads the count and the sum of the versions (the stamp that says whether anything changed, decision 0018); with
-- this index the database reads that from the index instead of from every row: about 50 ms instead of 200 ms for
-- 100,000 contacts on the embedded database.
CREATE INDEX contact_version_idx ON contact (version);
