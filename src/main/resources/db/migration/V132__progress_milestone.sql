-- Milestones, quick wins and honest delay notices that staff add to a process's public timeline.
-- A photo is stored re-encoded (no camera metadata such as GPS positions) with its alt text.
CREATE TABLE progress_item (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    process_id       UUID        NOT NULL REFERENCES process (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('MILESTONE', 'QUICK_WIN', 'DELAY_NOTICE')),
    happened_on      DATE        NOT NULL,
    title            TEXT        NOT NULL,
    text             TEXT        NOT NULL,
    photo            BYTEA,
    photo_type       TEXT CHECK (photo_type IN ('image/jpeg', 'image/png')),
    photo_alt        TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID        NOT NULL,
    seq              BIGSERIAL   NOT NULL UNIQUE,
    CHECK ((photo IS NULL) = (photo_type IS NULL) AND (photo IS NULL OR photo_alt IS NOT NULL))
);
CREATE INDEX progress_item_process_ix ON progress_item (process_id, happened_on DESC, seq DESC);
CREATE INDEX progress_item_collaboration_ix ON progress_item (collaboration_id, happened_on DESC, seq DESC);
