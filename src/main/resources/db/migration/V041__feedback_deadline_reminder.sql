-- One deadline reminder per collaboration per day. Each app node claims the day with an
-- insert in the same transaction as the reminder mails: the primary key lets exactly one
-- node win, and a failed run leaves no claim behind.
CREATE TABLE deadline_reminder (
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    sent_on          DATE        NOT NULL,
    sent_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (collaboration_id, sent_on)
);
