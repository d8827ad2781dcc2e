-- The anchoring monitor (issue 13, point 3): evidence per anchoring strategy, with dates and a
-- document (stored here) or an https link. No resident data: key persons are described by their
-- role, not by name; who holds a role comes from the roles module.
CREATE TABLE anchoring_evidence (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    strategy          TEXT        NOT NULL CHECK (strategy IN ('KEY_PERSONS', 'INFRASTRUCTURE', 'KNOWLEDGE_AND_TRAINING',
                                                               'POLICY', 'LEGAL', 'FINANCIAL')),
    kind              TEXT        NOT NULL CHECK (kind IN ('KEY_PERSON', 'INFRASTRUCTURE', 'TRAINING', 'KNOWLEDGE',
                                                           'POLICY_ITEM', 'LEGAL_FORM', 'FUNDING')),
    description       TEXT        NOT NULL,
    starts_on         DATE        NOT NULL,
    ends_on           DATE,
    policy_item       TEXT CHECK (policy_item IN ('FIXED_AGENDA_ITEM', 'RESIDENTS_ON_BOARD', 'ADVISORY_BODY', 'BOARD_COMMITMENT')),
    legal_form        TEXT CHECK (legal_form IN ('ASSOCIATION', 'FOUNDATION', 'COOPERATIVE', 'FLASH_COOPERATIVE', 'NONE')),
    funder            TEXT,
    amount_cents      BIGINT CHECK (amount_cents >= 0),
    funding_kind      TEXT CHECK (funding_kind IN ('PROJECT', 'STRUCTURAL')),
    participants      INTEGER CHECK (participants >= 0),
    link              TEXT CHECK (link LIKE 'https://%'),
    created_by        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    seq               BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
-- The page and the overview read all evidence of one collaboration, by strategy and date.
CREATE INDEX anchoring_evidence_collaboration_ix ON anchoring_evidence (collaboration_id, strategy, starts_on);

-- An uploaded document (PDF, ODT, DOCX, PNG, JPEG; checked by its bytes), kept in the database.
CREATE TABLE anchoring_document (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    evidence_id       UUID        NOT NULL UNIQUE REFERENCES anchoring_evidence (id),
    file_name         TEXT        NOT NULL,
    content_type      TEXT        NOT NULL,
    size_bytes        INTEGER     NOT NULL,
    content           BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX anchoring_document_collaboration_ix ON anchoring_document (collaboration_id, id);
