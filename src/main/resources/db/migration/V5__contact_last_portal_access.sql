-- PortalDesk schema, version 5: when a client last signed in, for the contacts list.
ALTER TABLE contact ADD COLUMN last_portal_access_at TIMESTAMP WITH TIME ZONE;
