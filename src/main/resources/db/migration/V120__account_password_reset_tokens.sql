-- "Wachtwoord vergeten": a single-use link per request. Only the SHA-256 of the token is
-- kept, so a copy of the database cannot be used to take over an account.
CREATE TABLE password_reset_token (
    token_hash  TEXT PRIMARY KEY,
    staff_id    UUID        NOT NULL REFERENCES staff_account (id),
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    -- The mail that carries the link; its text is masked once the link is used or expired.
    outbox_mail_id UUID
);
CREATE INDEX password_reset_token_staff_ix ON password_reset_token (staff_id);

-- Staff see their own API tokens: when each was last used, and whether it may only read.
ALTER TABLE api_token ADD COLUMN scope TEXT NOT NULL DEFAULT 'READ_WRITE' CHECK (scope IN ('READ', 'READ_WRITE'));
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;
