-- Self-assessment (zelfscan): rounds a coordinator opens, anonymous responses, one row per answer.

CREATE TABLE scan_round (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    title            TEXT        NOT NULL,
    -- the secret in the public link; unguessable, so a round cannot be found by trying
    token            TEXT        NOT NULL UNIQUE,
    closes_on        DATE,
    closed_at        TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    seq              BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX scan_round_collaboration_ix ON scan_round (collaboration_id, seq DESC);

-- The statements a round asked, with their theme as it was then: later changes to the list leave old rounds intact.
CREATE TABLE scan_round_statement (
    round_id         UUID NOT NULL REFERENCES scan_round (id) ON DELETE CASCADE,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    position         INT  NOT NULL,
    statement_key    TEXT NOT NULL,
    theme_key        TEXT NOT NULL,
    PRIMARY KEY (round_id, statement_key)
);
CREATE INDEX scan_round_statement_collaboration_ix ON scan_round_statement (collaboration_id);

-- One submitted form. No name, no address: only the group the person says they belong to.
CREATE TABLE scan_response (
    id               UUID PRIMARY KEY,
    round_id         UUID        NOT NULL REFERENCES scan_round (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    respondent_group TEXT        NOT NULL CHECK (respondent_group IN ('RESIDENT', 'PROFESSIONAL')),
    channel          TEXT        NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    -- the key printed into each form page: the same form sent twice is stored once
    submission_key   UUID        NOT NULL UNIQUE,
    received_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX scan_response_round_ix ON scan_response (round_id);
CREATE INDEX scan_response_collaboration_ix ON scan_response (collaboration_id);

-- A score of 1 to 5; NULL is "don't know", kept apart from a missing answer.
CREATE TABLE scan_answer (
    response_id      UUID     NOT NULL REFERENCES scan_response (id) ON DELETE CASCADE,
    round_id         UUID     NOT NULL REFERENCES scan_round (id) ON DELETE CASCADE,
    collaboration_id UUID     NOT NULL REFERENCES collaboration (id),
    statement_key    TEXT     NOT NULL,
    score            SMALLINT CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, statement_key),
    FOREIGN KEY (round_id, statement_key) REFERENCES scan_round_statement (round_id, statement_key)
);
CREATE INDEX scan_answer_round_ix ON scan_answer (round_id);
CREATE INDEX scan_answer_collaboration_ix ON scan_answer (collaboration_id);
