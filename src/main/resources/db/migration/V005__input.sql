CREATE TABLE input (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    process_id       UUID        NOT NULL REFERENCES process (id),
    follow_code      TEXT        NOT NULL UNIQUE,
    text             TEXT        NOT NULL,
    channel          TEXT        NOT NULL,
    received_on      DATE        NOT NULL,
    answer_due       DATE        NOT NULL,
    publish          BOOLEAN     NOT NULL,
    contact_by       TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    answer           TEXT,
    answered_on      DATE,
    answered_by      UUID,
    captured_by      UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    -- a monotonically increasing key for keyset pagination
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX input_process_seq_ix ON input (process_id, seq DESC);
CREATE INDEX input_collaboration_due_ix ON input (collaboration_id, answer_due) WHERE answered_on IS NULL;
CREATE INDEX input_process_due_ix ON input (process_id, answer_due) WHERE answered_on IS NULL;
CREATE INDEX input_process_public_ix ON input (process_id, seq DESC) WHERE publish;

-- Personal data kept apart, only with consent, only to send the answer.
CREATE TABLE input_contact (
    input_id         UUID PRIMARY KEY REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    name             TEXT,
    email            TEXT,
    postal_address   TEXT,
    phone            TEXT,
    consent_at       TIMESTAMPTZ NOT NULL,
    consent_purpose  TEXT        NOT NULL
);
CREATE INDEX input_contact_collaboration_ix ON input_contact (collaboration_id);
