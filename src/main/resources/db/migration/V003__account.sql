CREATE TABLE staff_account (
    id              UUID PRIMARY KEY,
    email           TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    password_hash   TEXT        NOT NULL,
    platform_admin  BOOLEAN     NOT NULL DEFAULT FALSE,
    failed_logins   INT         NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX staff_account_email_ux ON staff_account (lower(email));

CREATE TABLE membership (
    staff_id         UUID NOT NULL REFERENCES staff_account (id),
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    role             TEXT NOT NULL CHECK (role IN ('COORDINATOR', 'PROFESSIONAL', 'VIEWER')),
    PRIMARY KEY (staff_id, collaboration_id)
);
CREATE INDEX membership_collaboration_ix ON membership (collaboration_id);

-- Only a hash of the token is kept; the token itself is shown once.
CREATE TABLE api_token (
    id               UUID PRIMARY KEY,
    token_hash       TEXT        NOT NULL UNIQUE,
    staff_id         UUID        NOT NULL REFERENCES staff_account (id),
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    role             TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_token_staff_ix ON api_token (staff_id);
CREATE INDEX api_token_collaboration_ix ON api_token (collaboration_id);
