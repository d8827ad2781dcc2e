CREATE TABLE collaboration (
    id            UUID PRIMARY KEY,
    slug          TEXT        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          TEXT        NOT NULL,
    region        TEXT        NOT NULL,
    description   TEXT        NOT NULL DEFAULT '',
    target_groups TEXT[]      NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE member_organisation (
    id               UUID PRIMARY KEY,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    name             TEXT NOT NULL,
    type             TEXT NOT NULL
);
CREATE INDEX member_organisation_collaboration_ix ON member_organisation (collaboration_id);
