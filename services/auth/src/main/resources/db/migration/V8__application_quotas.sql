-- A partner application's quotas; null: the platform's default (the gateway's, for requests per minute).
ALTER TABLE application ADD COLUMN requests_per_minute integer CHECK (requests_per_minute > 0);
