-- A second factor (TOTP authenticator app) for staff accounts.
-- The secret is kept only for checking codes: it is shown once, while enrolling, and never again.
ALTER TABLE staff_account
    ADD COLUMN totp_secret        TEXT,
    ADD COLUMN totp_enrolled_at   TIMESTAMPTZ,
    -- The time step of the last code accepted: a code is used only once, even within its 90 seconds.
    ADD COLUMN totp_last_step     BIGINT,
    -- Wrong codes slow the account down like wrong passwords, but on their own counter: a correct
    -- password must not wipe the count of wrong codes that follows it.
    ADD COLUMN totp_failures      INT NOT NULL DEFAULT 0,
    ADD COLUMN totp_locked_until  TIMESTAMPTZ;

-- One-time recovery codes; only a SHA-256 hash of each code is kept (codes carry 50 random bits).
CREATE TABLE staff_recovery_code (
    id         UUID PRIMARY KEY,
    staff_id   UUID        NOT NULL REFERENCES staff_account (id),
    code_hash  TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX staff_recovery_code_staff_ix ON staff_recovery_code (staff_id);
