-- Gezamenlijke visie (issue 13, point 1): one working draft per collaboration, published versions that
-- never change, comments and proposed wording from staff and residents, invitations sent to residents,
-- and the yearly review reminders already sent.

CREATE TABLE vision_draft (
    collaboration_id UUID PRIMARY KEY REFERENCES collaboration (id),
    text             TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    updated_by       TEXT NOT NULL
);

CREATE TABLE vision_version (
    id               UUID PRIMARY KEY,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    number           INTEGER NOT NULL CHECK (number > 0),
    published_on     DATE NOT NULL,
    published_at     TIMESTAMPTZ NOT NULL,
    text             TEXT NOT NULL,
    change_note      TEXT NOT NULL,
    published_by     TEXT NOT NULL,
    UNIQUE (collaboration_id, number)
);

-- A published version is a public record: nobody rewrites or removes it afterwards.
CREATE FUNCTION vision_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published vision version cannot be changed or removed';
END;
$$;
CREATE TRIGGER vision_version_no_update_or_delete BEFORE UPDATE OR DELETE ON vision_version
    FOR EACH ROW EXECUTE FUNCTION vision_version_immutable();

-- author_kind RESIDENT: resident_id is set when the resident wrote it through their link, and null when
-- staff typed it in a meeting; shown_name is the first name the resident chose to be named by, or null
-- for "een inwoner". author_kind STAFF: staff_id, shown_name (their name) and organisation are set.
-- version_number is the version this contribution counted towards, set when that version is published.
CREATE TABLE vision_comment (
    id               UUID PRIMARY KEY,
    seq              BIGSERIAL NOT NULL UNIQUE,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    author_kind      TEXT NOT NULL CHECK (author_kind IN ('RESIDENT', 'STAFF')),
    source           TEXT NOT NULL CHECK (source IN ('LINK', 'MEETING', 'STAFF')),
    resident_id      UUID REFERENCES resident (id),
    staff_id         UUID,
    shown_name       TEXT,
    organisation     TEXT,
    kind             TEXT NOT NULL CHECK (kind IN ('COMMENT', 'PROPOSAL')),
    passage          TEXT,
    text             TEXT,
    status           TEXT NOT NULL CHECK (status IN ('OPEN', 'HANDLED', 'USED', 'NOT_USED')),
    created_at       TIMESTAMPTZ NOT NULL,
    status_by        TEXT,
    version_number   INTEGER,
    erased_at        TIMESTAMPTZ
);
CREATE INDEX vision_comment_collaboration ON vision_comment (collaboration_id, seq DESC);
CREATE INDEX vision_comment_version ON vision_comment (collaboration_id, version_number);
CREATE INDEX vision_comment_resident ON vision_comment (resident_id) WHERE resident_id IS NOT NULL;

CREATE TABLE vision_invitation (
    id               UUID PRIMARY KEY,
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    resident_id      UUID NOT NULL REFERENCES resident (id),
    delivery         TEXT NOT NULL,
    invited_at       TIMESTAMPTZ NOT NULL,
    invited_by       TEXT NOT NULL
);
CREATE INDEX vision_invitation_collaboration ON vision_invitation (collaboration_id, invited_at DESC);
CREATE INDEX vision_invitation_resident ON vision_invitation (resident_id);

-- One row per yearly review reminder sent: the primary key lets one node send it, once.
CREATE TABLE vision_review_reminder (
    collaboration_id UUID NOT NULL REFERENCES collaboration (id),
    version_number   INTEGER NOT NULL,
    years            INTEGER NOT NULL,
    sent_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (collaboration_id, version_number, years)
);

-- The yearly job asks for each collaboration's newest version.
CREATE INDEX vision_version_newest ON vision_version (collaboration_id, number DESC);
