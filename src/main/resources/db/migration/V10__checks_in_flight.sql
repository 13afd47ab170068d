-- PortalDesk schema, version 10: how many checks of a challenge have taken an attempt and not yet finished comparing.
-- A check that finds no attempt left waits for these, so the losers of a race of right codes are told that the code
-- was just used (start again), not that there were too many tries.
ALTER TABLE challenge ADD COLUMN checks_in_flight INT DEFAULT 0 NOT NULL;
