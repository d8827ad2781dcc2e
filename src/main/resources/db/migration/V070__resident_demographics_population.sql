-- Special-category data, given voluntarily with explicit consent, kept apart from contact details.
-- One row per resident; every answer may be null ("zeg ik liever niet" or not answered).
CREATE TABLE resident_demographics (
    resident_id          UUID PRIMARY KEY REFERENCES resident (id) ON DELETE CASCADE,
    collaboration_id     UUID        NOT NULL REFERENCES collaboration (id),
    age_group            TEXT,
    gender               TEXT,
    postcode_area        TEXT CHECK (postcode_area ~ '^[1-9][0-9]{3}$'),
    disability           TEXT,
    migration_background TEXT,
    education            TEXT,
    income_group         TEXT,
    consent_at           TIMESTAMPTZ NOT NULL,
    consent_version      TEXT        NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX resident_demographics_collaboration_ix ON resident_demographics (collaboration_id);

-- The population of an area per group (CBS figures), typed in or imported by staff. No personal data.
CREATE TABLE population_area (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    name             TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    updated_by       UUID,
    seq              BIGSERIAL   NOT NULL UNIQUE,
    UNIQUE (collaboration_id, name)
);

CREATE TABLE population_count (
    area_id          UUID   NOT NULL REFERENCES population_area (id) ON DELETE CASCADE,
    collaboration_id UUID   NOT NULL REFERENCES collaboration (id),
    dimension        TEXT   NOT NULL,
    group_code       TEXT   NOT NULL,
    people           BIGINT NOT NULL CHECK (people >= 0),
    PRIMARY KEY (area_id, dimension, group_code)
);
CREATE INDEX population_count_collaboration_ix ON population_count (collaboration_id);

-- Messages for letters and calls: which staff member ticked one off (the index on done_at exists).
CREATE INDEX resident_message_done_ix ON resident_message (collaboration_id, channel, done_at DESC) WHERE done_at IS NOT NULL;

-- An input whose author had their data erased before it was answered: nobody can be told any
-- more, so the answer is no longer owed and its deadline no longer counts as overdue.
ALTER TABLE input ADD COLUMN answer_cancelled_at TIMESTAMPTZ;

-- Someone who gave only an e-mail address with an input asks for their data by that address.
CREATE INDEX input_contact_email_ix ON input_contact (lower(email)) WHERE email IS NOT NULL;
