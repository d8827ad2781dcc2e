-- Decisions: what was decided with residents' input, by whom and why, and how it is carried out.
-- A decision is public as soon as it is recorded; the inputs it answers are linked, not answered.
CREATE TABLE decision (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    process_id       UUID        NOT NULL REFERENCES process (id),
    title            TEXT        NOT NULL,
    text             TEXT        NOT NULL,
    decided_by       TEXT        NOT NULL,
    decided_on       DATE        NOT NULL,
    reasons          TEXT,
    state            TEXT        NOT NULL CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'STOPPED')),
    -- How many updates it has had; each recorded change is told to residents exactly once.
    changes          INT         NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID        NOT NULL,
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX decision_process_ix ON decision (process_id, decided_on DESC, seq DESC);
CREATE INDEX decision_collaboration_ix ON decision (collaboration_id, decided_on DESC, seq DESC);

CREATE TABLE decision_input (
    decision_id      UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    input_id         UUID NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    PRIMARY KEY (decision_id, input_id)
);
CREATE INDEX decision_input_input_ix ON decision_input (input_id);
CREATE INDEX decision_input_collaboration_ix ON decision_input (collaboration_id);

CREATE TABLE decision_update (
    decision_id      UUID        NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    number           INT         NOT NULL CHECK (number > 0),
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    state            TEXT        NOT NULL CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'STOPPED')),
    text             TEXT,
    date             DATE        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID        NOT NULL,
    PRIMARY KEY (decision_id, number)
);
CREATE INDEX decision_update_collaboration_ix ON decision_update (collaboration_id);
