-- A password an admin typed (a new account, or a reset) is only for the first sign-in: the staff member then
-- chooses their own, so nobody else knows it.
ALTER TABLE staff_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
