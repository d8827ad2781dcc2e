-- Staff hide a published input, or a part of it (a name, a sentence), with a reason. The row
-- stays after unhiding, so the audit trail and the author's notice keep pointing at it; its
-- number (id) names the notice sent to the author ("moderation:{id}").
CREATE TABLE input_hiding (
    id               BIGSERIAL PRIMARY KEY,
    input_id         UUID        NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    -- the exact text hidden; NULL hides the whole input
    part             TEXT,
    reason           TEXT        NOT NULL
        CHECK (reason IN ('PERSONAL_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'DUPLICATE', 'OTHER')),
    note             TEXT,
    hidden_by        TEXT        NOT NULL,
    hidden_at        TIMESTAMPTZ NOT NULL,
    unhidden_by      TEXT,
    unhidden_at      TIMESTAMPTZ,
    CHECK (reason <> 'OTHER' OR note IS NOT NULL)
);
CREATE INDEX input_hiding_input_ix ON input_hiding (input_id) WHERE unhidden_at IS NULL;
CREATE INDEX input_hiding_collaboration_ix ON input_hiding (collaboration_id);
-- at most one whole-input hiding at a time
CREATE UNIQUE INDEX input_hiding_whole_uq ON input_hiding (input_id) WHERE part IS NULL AND unhidden_at IS NULL;

-- Anyone may report a published input; staff see the open reports in a queue, newest first.
CREATE TABLE input_report (
    id               BIGSERIAL PRIMARY KEY,
    input_id         UUID        NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    reason           TEXT        NOT NULL
        CHECK (reason IN ('PERSONAL_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'DUPLICATE', 'OTHER')),
    text             TEXT,
    reported_at      TIMESTAMPTZ NOT NULL,
    -- OPEN until staff hide the input (HANDLED) or dismiss the report (DISMISSED)
    state            TEXT        NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'HANDLED', 'DISMISSED')),
    closed_by        TEXT,
    closed_at        TIMESTAMPTZ
);
CREATE INDEX input_report_open_ix ON input_report (collaboration_id, id DESC) WHERE state = 'OPEN';
CREATE INDEX input_report_input_ix ON input_report (input_id);
