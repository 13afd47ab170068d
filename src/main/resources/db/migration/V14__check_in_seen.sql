-- PortalDesk schema, version 14: the front desk marks a check-in as seen (waiting until then).
ALTER TABLE check_in ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE check_in ADD COLUMN seen_by VARCHAR(100);

CREATE INDEX check_in_contact_idx ON check_in (contact_id, checked_in_at);
