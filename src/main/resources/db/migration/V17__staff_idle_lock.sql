-- How long a staff workstation may sit untouched before the staff app locks (password, and the second factor
-- where enrolled, to come back). Ten minutes unless an admin chooses otherwise.
ALTER TABLE portal_policy ADD COLUMN staff_idle_lock_seconds INT DEFAULT 600 NOT NULL;
