-- The reading level of every text a collaboration has published for residents, one row per field of an object
-- (a process's summary, an answer, ...): the dashboard counts how many are at B1. A text above B1 is only
-- published after a coordinator confirmed it; who and when is kept here (and in the audit trail).
-- Holds no resident data: staff texts' levels and the staff member who confirmed.
CREATE TABLE language_published_text (
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    subject_kind     TEXT        NOT NULL,
    subject_id       UUID        NOT NULL,
    field            TEXT        NOT NULL,
    level            TEXT        NOT NULL CHECK (level IN ('B1', 'ABOVE_B1', 'WELL_ABOVE_B1')),
    words            INTEGER     NOT NULL CHECK (words >= 0),
    checked_at       TIMESTAMPTZ NOT NULL,
    confirmed_by     TEXT,
    confirmed_at     TIMESTAMPTZ,
    PRIMARY KEY (subject_kind, subject_id, field),
    CHECK ((confirmed_by IS NULL) = (confirmed_at IS NULL))
);
CREATE INDEX language_published_text_collaboration_ix ON language_published_text (collaboration_id, level);
