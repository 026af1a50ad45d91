-- Emails are stored in their canonical form (Emails.canonical: NFKC, case-folded), which is
-- also what uniqueness and every lookup compare: lower() of the database's locale and Java's
-- case mapping disagreed on letters such as U+0130, so a look-alike spelling reached an account
-- under a fresh sign-in throttle counter. Existing rows get the nearest SQL form of it.
DROP INDEX account_email;
UPDATE account SET email = lower(normalize(btrim(email), NFKC));
CREATE UNIQUE INDEX account_email ON account (email);
