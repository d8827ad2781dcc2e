-- The resident pool: residents who agreed to be asked, with their interests and their limits.
-- Contact details stay in resident; this module keeps only what the pool itself needs.
CREATE TABLE pool_member (
    id                 UUID PRIMARY KEY,
    collaboration_id   UUID        NOT NULL REFERENCES collaboration (id),
    resident_id        UUID        NOT NULL UNIQUE REFERENCES resident (id),
    status             TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    interests          TEXT[]      NOT NULL DEFAULT '{}',
    interests_other    TEXT,
    energy             TEXT[]      NOT NULL DEFAULT '{}',
    hours_per_month    INT         NOT NULL CHECK (hours_per_month BETWEEN 0 AND 200),
    days               TEXT[]      NOT NULL DEFAULT '{}',
    day_parts          TEXT[]      NOT NULL DEFAULT '{}',
    max_asks_per_month INT         NOT NULL CHECK (max_asks_per_month BETWEEN 0 AND 31),
    ways               TEXT[]      NOT NULL DEFAULT '{}',
    joined_via         TEXT        NOT NULL,
    joined_at          TIMESTAMPTZ NOT NULL,
    withdrawn_at       TIMESTAMPTZ,
    seq                BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX pool_member_collaboration_seq_ix ON pool_member (collaboration_id, seq DESC);
CREATE INDEX pool_member_interests_ix ON pool_member USING gin (interests);
CREATE INDEX pool_member_energy_ix ON pool_member USING gin (energy);

-- Consent as a record of events: each grant or withdrawal is a row, the newest per purpose counts.
CREATE TABLE pool_consent (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    member_id        UUID        NOT NULL REFERENCES pool_member (id) ON DELETE CASCADE,
    purpose          TEXT        NOT NULL,
    granted          BOOLEAN     NOT NULL,
    how              TEXT        NOT NULL,
    given_on         DATE        NOT NULL,
    recorded_by      TEXT,
    recorded_at      TIMESTAMPTZ NOT NULL,
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX pool_consent_member_ix ON pool_consent (member_id, purpose, seq DESC);
CREATE INDEX pool_consent_collaboration_ix ON pool_consent (collaboration_id);

-- An activity staff look for members for; invitations point here.
CREATE TABLE pool_activity (
    id               UUID PRIMARY KEY,
    collaboration_id UUID         NOT NULL REFERENCES collaboration (id),
    title            TEXT         NOT NULL,
    description      TEXT         NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    hours            NUMERIC(4, 1) NOT NULL CHECK (hours > 0),
    way              TEXT         NOT NULL,
    interest         TEXT,
    energy           TEXT,
    created_by       TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    seq              BIGSERIAL    NOT NULL UNIQUE
);
CREATE INDEX pool_activity_collaboration_seq_ix ON pool_activity (collaboration_id, seq DESC);

CREATE TABLE pool_invitation (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    activity_id      UUID        NOT NULL REFERENCES pool_activity (id),
    member_id        UUID        NOT NULL REFERENCES pool_member (id) ON DELETE CASCADE,
    status           TEXT        NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    note             TEXT,
    delivery         TEXT        NOT NULL,
    sent_at          TIMESTAMPTZ NOT NULL,
    answered_at      TIMESTAMPTZ,
    UNIQUE (activity_id, member_id)
);
CREATE INDEX pool_invitation_member_ix ON pool_invitation (member_id, sent_at);
CREATE INDEX pool_invitation_collaboration_ix ON pool_invitation (collaboration_id);

-- Intentieverklaring: a role agreed by both sides for a period.
CREATE TABLE pool_commitment (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    member_id         UUID        NOT NULL REFERENCES pool_member (id) ON DELETE CASCADE,
    role              TEXT        NOT NULL,
    role_other        TEXT,
    starts_on         DATE        NOT NULL,
    ends_on           DATE        NOT NULL CHECK (ends_on >= starts_on),
    hours_per_month   INT         NOT NULL CHECK (hours_per_month BETWEEN 0 AND 200),
    support           TEXT,
    training          TEXT,
    reimbursement     TEXT,
    contact_staff_id  UUID        NOT NULL,
    expected          TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')),
    proposed_by       TEXT        NOT NULL,
    proposed_at       TIMESTAMPTZ NOT NULL,
    agreed_at         TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    ended_by          TEXT,
    end_reason        TEXT,
    reminder_sent_at  TIMESTAMPTZ,
    seq               BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX pool_commitment_collaboration_seq_ix ON pool_commitment (collaboration_id, seq DESC);
CREATE INDEX pool_commitment_member_ix ON pool_commitment (member_id);
CREATE INDEX pool_commitment_reminder_ix ON pool_commitment (ends_on) WHERE status = 'ACTIVE' AND reminder_sent_at IS NULL;
