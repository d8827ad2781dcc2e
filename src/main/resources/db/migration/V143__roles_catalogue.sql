-- The roles of a collaboration (issue 13, handvat 1 and 6) and who held them when.
-- A standard role's name, expected and offered stay NULL until the coordinator writes their own: until then the
-- words come from the message bundle, in the reader's language.
CREATE TABLE roles_role (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('COORDINATOR', 'RESIDENT_MEMBER', 'EXPERIENCED_EXPERT',
                                     'KEY_PERSON', 'RESIDENT_BOARD_MEMBER', 'SOUNDING_BOARD_MEMBER', 'PROFESSIONAL', 'CUSTOM')),
    name             TEXT CHECK (char_length(name) <= 100),
    expected         TEXT CHECK (char_length(expected) <= 2000),
    offered          TEXT CHECK (char_length(offered) <= 2000),
    decision_role    BOOLEAN     NOT NULL,
    for_residents    BOOLEAN     NOT NULL,
    for_staff        BOOLEAN     NOT NULL,
    position         INT         NOT NULL,
    archived_at      TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    CHECK (kind <> 'CUSTOM' OR (name IS NOT NULL AND expected IS NOT NULL AND offered IS NOT NULL)),
    CHECK (for_residents OR for_staff)
);
-- One row per standard role per collaboration: filling the catalogue twice at once adds nothing.
CREATE UNIQUE INDEX roles_role_standard_ux ON roles_role (collaboration_id, kind) WHERE kind <> 'CUSTOM';
CREATE INDEX roles_role_collaboration_ix ON roles_role (collaboration_id, position);

-- A period in which a resident or a staff member held a role. Ending it sets until_date; rows are never deleted,
-- so continuity shows. Erasing a resident clears resident_id and keeps the period for the counts.
CREATE TABLE roles_holding (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    role_id          UUID        NOT NULL REFERENCES roles_role (id),
    holder_kind      TEXT        NOT NULL CHECK (holder_kind IN ('RESIDENT', 'STAFF')),
    resident_id      UUID,
    staff_id         UUID,
    commitment_id    UUID,
    from_date        DATE        NOT NULL,
    until_date       DATE CHECK (until_date IS NULL OR until_date >= from_date),
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    CHECK (holder_kind = 'RESIDENT' OR (staff_id IS NOT NULL AND resident_id IS NULL AND commitment_id IS NULL)),
    CHECK (holder_kind = 'STAFF' OR staff_id IS NULL)
);
CREATE INDEX roles_holding_collaboration_ix ON roles_holding (collaboration_id, role_id, from_date);
CREATE INDEX roles_holding_role_ix ON roles_holding (role_id);
CREATE INDEX roles_holding_resident_ix ON roles_holding (resident_id) WHERE resident_id IS NOT NULL;
