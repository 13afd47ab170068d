-- The firm's logo for the kiosk header: a small PNG the program drew itself from the file an admin chose
-- (scaled, metadata dropped), so what is stored is never a file as uploaded.
ALTER TABLE firm_profile ADD COLUMN logo_png BYTEA;
