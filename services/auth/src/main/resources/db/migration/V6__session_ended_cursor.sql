-- The revocation feed pages by (ended_at, id): the id breaks ties between sessions ended at one
-- instant (sign-out everywhere), so its cursor always advances.
CREATE INDEX session_ended_cursor ON session (ended_at, id) WHERE ended_at IS NOT NULL;
DROP INDEX session_ended;
