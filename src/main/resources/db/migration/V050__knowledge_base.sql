-- The knowledge base: seeded content that administrators may edit, searchable in Dutch and English.
-- pg_trgm ships with PostgreSQL's contrib (and with the embedded binaries) and is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE in general; for text[] it is immutable, which a generated column needs.
CREATE FUNCTION knowledge_words(words TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN coalesce(array_to_string(words, ' '), '');

-- Where a row came from: a seed folder only updates rows it inserted itself.
CREATE TABLE knowledge_source (
    key       TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    authors   TEXT NOT NULL,
    year      INT  NOT NULL,
    publisher TEXT NOT NULL,
    origin    TEXT NOT NULL
);

CREATE TABLE knowledge_target_group (
    key         TEXT PRIMARY KEY,
    position    INT    NOT NULL,
    label_nl    TEXT   NOT NULL,
    label_en    TEXT   NOT NULL,
    synonyms_nl TEXT[] NOT NULL DEFAULT '{}',
    synonyms_en TEXT[] NOT NULL DEFAULT '{}',
    origin      TEXT   NOT NULL
);

CREATE TABLE knowledge_item (
    type          TEXT   NOT NULL CHECK (type IN ('theme', 'ladder', 'method', 'example')),
    key           TEXT   NOT NULL,
    position      INT    NOT NULL,
    kind          TEXT   NOT NULL DEFAULT '',
    title_nl      TEXT   NOT NULL,
    title_en      TEXT   NOT NULL,
    summary_nl    TEXT   NOT NULL,
    summary_en    TEXT   NOT NULL,
    body_nl       TEXT   NOT NULL,
    body_en       TEXT   NOT NULL,
    list_nl       TEXT[] NOT NULL DEFAULT '{}',
    list_en       TEXT[] NOT NULL DEFAULT '{}',
    tags_nl       TEXT[] NOT NULL DEFAULT '{}',
    tags_en       TEXT[] NOT NULL DEFAULT '{}',
    target_groups TEXT[] NOT NULL DEFAULT '{}',
    levels        TEXT[] NOT NULL DEFAULT '{}',
    themes        TEXT[] NOT NULL DEFAULT '{}',
    methods       TEXT[] NOT NULL DEFAULT '{}',
    sources       TEXT[] NOT NULL DEFAULT '{}',
    effort        TEXT,
    group_size    TEXT,
    place         TEXT   NOT NULL DEFAULT '',
    origin        TEXT   NOT NULL,
    -- Hash of the seed's texts last applied; an edited row keeps the admin's texts whatever the seed says.
    seed_hash     TEXT   NOT NULL,
    edited_at     TIMESTAMPTZ,
    edited_by     TEXT,
    search_nl     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title_nl), 'A')
        || setweight(to_tsvector('dutch', summary_nl || ' ' || knowledge_words(tags_nl) || ' ' || place), 'B')
        || setweight(to_tsvector('dutch', body_nl || ' ' || knowledge_words(list_nl)), 'C')) STORED,
    search_en     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title_en), 'A')
        || setweight(to_tsvector('english', summary_en || ' ' || knowledge_words(tags_en) || ' ' || place), 'B')
        || setweight(to_tsvector('english', body_en || ' ' || knowledge_words(list_en)), 'C')) STORED,
    PRIMARY KEY (type, key)
);
CREATE INDEX knowledge_item_search_nl_ix ON knowledge_item USING gin (search_nl);
CREATE INDEX knowledge_item_search_en_ix ON knowledge_item USING gin (search_en);
CREATE INDEX knowledge_item_themes_ix ON knowledge_item USING gin (themes);
CREATE INDEX knowledge_item_target_groups_ix ON knowledge_item USING gin (target_groups);
CREATE INDEX knowledge_item_levels_ix ON knowledge_item USING gin (levels);
CREATE INDEX knowledge_item_methods_ix ON knowledge_item USING gin (methods);

-- What a collaboration learned. Visible to its own staff; to everyone once shared and approved.
CREATE TABLE knowledge_lesson (
    id               UUID PRIMARY KEY,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    title            TEXT        NOT NULL,
    tried            TEXT        NOT NULL,
    for_whom         TEXT        NOT NULL,
    happened         TEXT        NOT NULL,
    differently      TEXT        NOT NULL,
    methods          TEXT[]      NOT NULL DEFAULT '{}',
    themes           TEXT[]      NOT NULL DEFAULT '{}',
    target_groups    TEXT[]      NOT NULL DEFAULT '{}',
    sharing          TEXT        NOT NULL DEFAULT 'PRIVATE' CHECK (sharing IN ('PRIVATE', 'REQUESTED', 'APPROVED', 'REJECTED')),
    written_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    sharing_changed_at TIMESTAMPTZ,
    reviewed_by      TEXT,
    search_nl        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A')
        || setweight(to_tsvector('dutch', for_whom), 'B')
        || setweight(to_tsvector('dutch', tried || ' ' || happened || ' ' || differently), 'C')) STORED,
    search_en        TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', for_whom), 'B')
        || setweight(to_tsvector('english', tried || ' ' || happened || ' ' || differently), 'C')) STORED
);
CREATE INDEX knowledge_lesson_collaboration_ix ON knowledge_lesson (collaboration_id, seq DESC);
CREATE INDEX knowledge_lesson_requested_ix ON knowledge_lesson (sharing_changed_at) WHERE sharing = 'REQUESTED';
CREATE INDEX knowledge_lesson_search_nl_ix ON knowledge_lesson USING gin (search_nl) WHERE sharing = 'APPROVED';
CREATE INDEX knowledge_lesson_search_en_ix ON knowledge_lesson USING gin (search_en) WHERE sharing = 'APPROVED';
CREATE INDEX knowledge_lesson_themes_ix ON knowledge_lesson USING gin (themes) WHERE sharing = 'APPROVED';
CREATE INDEX knowledge_lesson_methods_ix ON knowledge_lesson USING gin (methods) WHERE sharing = 'APPROVED';

-- Every word the public can find, unstemmed, for "did you mean": rebuilt after each change of content.
CREATE TABLE knowledge_word (
    word TEXT PRIMARY KEY,
    hits INT NOT NULL
);
CREATE INDEX knowledge_word_trgm_ix ON knowledge_word USING gin (word gin_trgm_ops);
