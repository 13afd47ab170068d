-- Reports find, for each accepted code, the channel its code went by: the events of one challenge, found by id.
CREATE INDEX audit_challenge_idx ON audit_event (challenge_id);
