-- Residents a collaboration stays in touch with beyond one input. Contact details live only here.
CREATE TABLE resident (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    name             TEXT,
    email            TEXT,
    phone            TEXT,
    postal_address   TEXT,
    contact_by       TEXT        NOT NULL,
    language         TEXT        NOT NULL DEFAULT 'nl',
    created_at       TIMESTAMPTZ NOT NULL,
    erased_at        TIMESTAMPTZ,
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX resident_collaboration_seq_ix ON resident (collaboration_id, seq DESC);
CREATE INDEX resident_email_ix ON resident (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX resident_phone_ix ON resident (collaboration_id, phone) WHERE phone IS NOT NULL;

-- Personal links replace passwords: only a hash of the token is kept.
CREATE TABLE resident_link (
    token_hash       BYTEA       PRIMARY KEY,
    resident_id      UUID        NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    purpose          TEXT        NOT NULL,
    subject_id       UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX resident_link_resident_ix ON resident_link (resident_id, purpose);

-- Messages for residents who chose a letter or a phone call: staff print or call and tick them off.
CREATE TABLE resident_message (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    resident_id      UUID        NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    channel          TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    done_at          TIMESTAMPTZ,
    done_by          UUID,
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX resident_message_open_ix ON resident_message (collaboration_id, channel, seq) WHERE done_at IS NULL;
CREATE INDEX resident_message_resident_ix ON resident_message (resident_id);

-- Who took part where and how they were reached, for "who is at the table". No personal details here.
CREATE TABLE resident_participation (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    resident_id      UUID        NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    kind             TEXT        NOT NULL,
    process_id       UUID,
    series_id        UUID,
    meeting_id       UUID,
    channel          TEXT        NOT NULL,
    organisation_id  UUID,
    at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX resident_participation_collaboration_ix ON resident_participation (collaboration_id, kind);
CREATE INDEX resident_participation_resident_ix ON resident_participation (resident_id);
