-- Shared kernel: sessions (stateless nodes), outbox, audit trail, rate limits.

CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Mail leaves through this table so that nothing is lost when the mail server is down.
CREATE TABLE outbox_mail (
    id               UUID PRIMARY KEY,
    collaboration_id UUID,
    recipient        TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    attachment_name  TEXT,
    attachment_type  TEXT,
    attachment       BYTEA,
    created_at       TIMESTAMPTZ NOT NULL,
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    last_error       TEXT
);
CREATE INDEX outbox_mail_due_ix ON outbox_mail (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_mail_collaboration_ix ON outbox_mail (collaboration_id, created_at DESC);

CREATE TABLE audit_entry (
    id               BIGSERIAL PRIMARY KEY,
    collaboration_id UUID,
    actor            TEXT        NOT NULL,
    action           TEXT        NOT NULL,
    object_type      TEXT        NOT NULL,
    object_id        TEXT,
    result           TEXT        NOT NULL,
    at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_entry_collaboration_ix ON audit_entry (collaboration_id, at DESC);
CREATE INDEX audit_entry_object_ix ON audit_entry (object_type, object_id);

-- Fixed-window counters shared by all nodes.
CREATE TABLE rate_limit_window (
    bucket       TEXT        PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT         NOT NULL
);

-- Spring Modulith's event publication registry (schema v2): an event between
-- modules survives a crash and is delivered again on restart.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
