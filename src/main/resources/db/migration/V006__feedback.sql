-- One row per time an author must be told about an answer, in the channel they chose.
CREATE TABLE notification (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    input_id         UUID        NOT NULL REFERENCES input (id),
    channel          TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'POST', 'PHONE')),
    state            TEXT        NOT NULL,
    outbox_mail_id   UUID,
    letter_batch_id  UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    done_at          TIMESTAMPTZ,
    done_by          UUID
);
CREATE INDEX notification_input_ix ON notification (input_id);
CREATE INDEX notification_open_ix ON notification (collaboration_id, channel, created_at) WHERE done_at IS NULL;
CREATE INDEX notification_outbox_ix ON notification (outbox_mail_id);

CREATE TABLE letter_batch (
    id               UUID PRIMARY KEY,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       UUID        NOT NULL,
    letters          INT         NOT NULL,
    pdf              BYTEA       NOT NULL
);
CREATE INDEX letter_batch_collaboration_ix ON letter_batch (collaboration_id, created_at DESC);
CREATE INDEX notification_letter_batch_ix ON notification (letter_batch_id);
