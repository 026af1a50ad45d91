-- The revocation feed reads the sessions ended since a cursor, newest few minutes only.
CREATE INDEX session_ended ON session (ended_at) WHERE ended_at IS NOT NULL;
