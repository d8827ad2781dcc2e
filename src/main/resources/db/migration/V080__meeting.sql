-- Places residents trust, kept once with what they offer for access.
CREATE TABLE meeting_venue (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    name              TEXT        NOT NULL,
    address           TEXT        NOT NULL,
    step_free         BOOLEAN     NOT NULL,
    accessible_toilet BOOLEAN     NOT NULL,
    hearing_loop      BOOLEAN     NOT NULL,
    public_transport  BOOLEAN     NOT NULL,
    parking           BOOLEAN     NOT NULL,
    notes             TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    seq               BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX meeting_venue_collaboration_ix ON meeting_venue (collaboration_id, name);

-- A recurring structure, such as a sounding-board group that meets every month.
CREATE TABLE meeting_series (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    name              TEXT        NOT NULL,
    purpose           TEXT        NOT NULL,
    cadence           TEXT        NOT NULL,
    planned_per_year  INTEGER     NOT NULL,
    starts_on         DATE        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    seq               BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX meeting_series_collaboration_ix ON meeting_series (collaboration_id, name);

CREATE TABLE meeting (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    title             TEXT        NOT NULL,
    about             TEXT        NOT NULL,
    process_id        UUID REFERENCES process (id),
    series_id         UUID REFERENCES meeting_series (id),
    venue_id          UUID        NOT NULL REFERENCES meeting_venue (id),
    starts_at         TIMESTAMPTZ NOT NULL,
    ends_at           TIMESTAMPTZ NOT NULL,
    capacity          INTEGER     NOT NULL,
    status            TEXT        NOT NULL,
    walk_ins          INTEGER     NOT NULL DEFAULT 0,
    minutes           TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    seq               BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX meeting_collaboration_starts_ix ON meeting (collaboration_id, starts_at);
CREATE INDEX meeting_process_starts_ix ON meeting (process_id, starts_at) WHERE process_id IS NOT NULL;
CREATE INDEX meeting_series_starts_ix ON meeting (series_id, starts_at) WHERE series_id IS NOT NULL;
CREATE INDEX meeting_venue_ix ON meeting (venue_id);
CREATE INDEX meeting_planned_starts_ix ON meeting (starts_at) WHERE status = 'PLANNED';

-- Who comes (or waits for a place). Contact details stay in resident; needs only with consent.
CREATE TABLE meeting_registration (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    meeting_id        UUID        NOT NULL REFERENCES meeting (id),
    resident_id       UUID        NOT NULL REFERENCES resident (id),
    status            TEXT        NOT NULL,
    needs             TEXT        NOT NULL DEFAULT '',
    needs_note        TEXT,
    needs_consent_at  TIMESTAMPTZ,
    channel           TEXT        NOT NULL,
    organisation_id   UUID,
    registered_by     UUID,
    registered_at     TIMESTAMPTZ NOT NULL,
    placed_at         TIMESTAMPTZ,
    cancelled_at      TIMESTAMPTZ,
    attended          BOOLEAN,
    reminder_sent_at  TIMESTAMPTZ,
    -- assigned while the meeting row is locked, so it orders the waiting list
    seq               BIGSERIAL   NOT NULL UNIQUE
);
CREATE INDEX meeting_registration_meeting_ix ON meeting_registration (meeting_id, status, seq);
CREATE INDEX meeting_registration_resident_ix ON meeting_registration (resident_id);
CREATE INDEX meeting_registration_collaboration_ix ON meeting_registration (collaboration_id);
CREATE INDEX meeting_registration_remind_ix ON meeting_registration (meeting_id)
    WHERE status = 'REGISTERED' AND reminder_sent_at IS NULL;

-- Input raised at a meeting: the input itself lives in the input module.
CREATE TABLE meeting_input (
    meeting_id        UUID        NOT NULL REFERENCES meeting (id),
    input_id          UUID        NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    registration_id   UUID REFERENCES meeting_registration (id) ON DELETE SET NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    seq               BIGSERIAL   NOT NULL UNIQUE,
    PRIMARY KEY (meeting_id, input_id)
);
CREATE INDEX meeting_input_input_ix ON meeting_input (input_id);
CREATE INDEX meeting_input_collaboration_ix ON meeting_input (collaboration_id);
CREATE INDEX meeting_input_registration_ix ON meeting_input (registration_id);
