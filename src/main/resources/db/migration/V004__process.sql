CREATE TABLE process (
    id                   UUID PRIMARY KEY,
    collaboration_id     UUID        NOT NULL REFERENCES collaboration (id),
    title                TEXT        NOT NULL,
    summary              TEXT        NOT NULL,
    themes               TEXT[]      NOT NULL DEFAULT '{}',
    target_groups        TEXT[]      NOT NULL DEFAULT '{}',
    area                 TEXT        NOT NULL DEFAULT '',
    participation_level  TEXT        NOT NULL,
    promise_open         TEXT        NOT NULL DEFAULT '',
    promise_fixed        TEXT        NOT NULL DEFAULT '',
    promise_decides      TEXT        NOT NULL DEFAULT '',
    promise_when         TEXT        NOT NULL DEFAULT '',
    answer_within_days   INT         NOT NULL CHECK (answer_within_days BETWEEN 1 AND 365),
    first_involved_phase TEXT        NOT NULL DEFAULT '',
    created_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX process_collaboration_ix ON process (collaboration_id, created_at DESC);

CREATE TABLE phase (
    id               UUID PRIMARY KEY,
    process_id       UUID NOT NULL REFERENCES process (id) ON DELETE CASCADE,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    position         INT  NOT NULL,
    name             TEXT NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL CHECK (ends_on >= starts_on)
);
CREATE INDEX phase_process_ix ON phase (process_id, position);
CREATE INDEX phase_collaboration_ix ON phase (collaboration_id);
