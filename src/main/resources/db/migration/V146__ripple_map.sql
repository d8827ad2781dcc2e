-- Ripple Effects Mapping: sessions, who took part, what they looked back on, and the effects told.
-- Names (participants, tellers) are personal data: the ripple module exports and erases them.
CREATE TABLE ripple_session (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    held_on          DATE        NOT NULL,
    title            TEXT        NOT NULL,
    facilitator      TEXT        NOT NULL,
    -- residents who took part without giving a name: only counted
    residents_counted INTEGER    NOT NULL DEFAULT 0 CHECK (residents_counted >= 0),
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX ripple_session_collaboration_ix ON ripple_session (collaboration_id, held_on DESC, id);

CREATE TABLE ripple_participant (
    id               UUID PRIMARY KEY,
    session_id       UUID    NOT NULL REFERENCES ripple_session (id) ON DELETE CASCADE,
    collaboration_id UUID    NOT NULL REFERENCES collaboration (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('RESIDENT', 'PROFESSIONAL')),
    -- a resident's first name, or NULL for "een inwoner"; a professional's name
    name             TEXT,
    organisation     TEXT,
    position         INTEGER NOT NULL
);
CREATE INDEX ripple_participant_session_ix ON ripple_participant (session_id, position);
CREATE INDEX ripple_participant_name_ix ON ripple_participant (collaboration_id, lower(name)) WHERE name IS NOT NULL;

CREATE TABLE ripple_activity (
    session_id       UUID    NOT NULL REFERENCES ripple_session (id) ON DELETE CASCADE,
    collaboration_id UUID    NOT NULL REFERENCES collaboration (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('PROCESS', 'MEETING', 'DECISION')),
    ref_id           UUID    NOT NULL,
    title            TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    PRIMARY KEY (session_id, ref_id)
);
CREATE INDEX ripple_activity_collaboration_ix ON ripple_activity (collaboration_id, ref_id);

CREATE TABLE ripple_effect (
    id                 UUID PRIMARY KEY,
    collaboration_id   UUID        NOT NULL REFERENCES collaboration (id),
    session_id         UUID        NOT NULL REFERENCES ripple_session (id),
    what_changed       TEXT        NOT NULL,
    for_whom           TEXT        NOT NULL,
    intended           BOOLEAN     NOT NULL,
    valence            TEXT        NOT NULL CHECK (valence IN ('POSITIVE', 'NEGATIVE', 'MIXED')),
    ring               TEXT        NOT NULL CHECK (ring IN ('DIRECT', 'INDIRECT', 'COMMUNITY')),
    capital            TEXT        NOT NULL CHECK (capital IN ('SOCIAL', 'HUMAN', 'POLITICAL', 'CULTURAL', 'NATURAL',
                                                               'BUILT', 'FINANCIAL')),
    story              TEXT        NOT NULL,
    teller_kind        TEXT        NOT NULL CHECK (teller_kind IN ('RESIDENT', 'PROFESSIONAL')),
    -- a resident's first name or NULL ("een inwoner"); a professional's name
    teller_name        TEXT,
    teller_organisation TEXT,
    happened_on        DATE        NOT NULL,
    from_activity      UUID,
    from_effect        UUID REFERENCES ripple_effect (id),
    created_at         TIMESTAMPTZ NOT NULL,
    seq                BIGSERIAL   NOT NULL UNIQUE,
    CHECK ((from_activity IS NULL) <> (from_effect IS NULL))
);
CREATE INDEX ripple_effect_collaboration_ix ON ripple_effect (collaboration_id, seq);
CREATE INDEX ripple_effect_session_ix ON ripple_effect (session_id, seq);
CREATE INDEX ripple_effect_from_effect_ix ON ripple_effect (from_effect) WHERE from_effect IS NOT NULL;
CREATE INDEX ripple_effect_teller_ix ON ripple_effect (collaboration_id, lower(teller_name)) WHERE teller_name IS NOT NULL;
