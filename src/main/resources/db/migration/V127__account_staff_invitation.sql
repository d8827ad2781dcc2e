-- A new staff member chooses their own first password through a single-use invitation link:
-- the same tokens as "wachtwoord vergeten", with a longer life and their own wording.
ALTER TABLE password_reset_token ADD COLUMN purpose TEXT NOT NULL DEFAULT 'RESET'
    CHECK (purpose IN ('RESET', 'INVITATION'));

-- Set while an invited account waits for its owner's own password (when the last invitation
-- was sent), cleared when they set one. Until then the account's password is random and
-- known to nobody, so nobody can log in with it.
ALTER TABLE staff_account ADD COLUMN invited_at TIMESTAMPTZ;
