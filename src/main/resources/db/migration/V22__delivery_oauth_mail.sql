-- PortalDesk schema, version 22: mail without a password from the settings screen. Microsoft 365 (an app in the
-- firm's Entra tenant; its client secret AES-GCM encrypted under the key file like the other secrets) and Google
-- Workspace (the path of a service account's key file, which stays owner-only on disk).
ALTER TABLE delivery_settings ALTER COLUMN email_provider SET DATA TYPE VARCHAR(20);
ALTER TABLE delivery_settings ADD COLUMN m365_tenant_id VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE delivery_settings ADD COLUMN m365_client_id VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE delivery_settings ADD COLUMN m365_secret_cipher BYTEA;
ALTER TABLE delivery_settings ADD COLUMN m365_mailbox VARCHAR(254) DEFAULT '' NOT NULL;
ALTER TABLE delivery_settings ADD COLUMN google_key_file VARCHAR(1024) DEFAULT '' NOT NULL;
ALTER TABLE delivery_settings ADD COLUMN google_mailbox VARCHAR(254) DEFAULT '' NOT NULL;
