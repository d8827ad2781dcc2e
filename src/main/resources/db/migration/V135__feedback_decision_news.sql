-- "No more news about this process": every decision notice carries a personal link whose token is
-- kept only as its hash. It proves one thing: stop decision news for this input's process.
CREATE TABLE decision_news_link (
    token_hash       BYTEA       PRIMARY KEY,
    input_id         UUID        NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    created_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX decision_news_link_input_ix ON decision_news_link (input_id);
CREATE INDEX decision_news_link_collaboration_ix ON decision_news_link (collaboration_id);

-- Authors who asked for no more decision news about the process of this input. Answers still
-- come: they are owed.
CREATE TABLE decision_news_stop (
    input_id         UUID        PRIMARY KEY REFERENCES input (id) ON DELETE CASCADE,
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    process_id       UUID        NOT NULL REFERENCES process (id),
    stopped_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX decision_news_stop_collaboration_ix ON decision_news_stop (collaboration_id);
CREATE INDEX decision_news_stop_process_ix ON decision_news_stop (process_id);

-- The pool's part (one migration number for this feature; the tables belong to the pool module):
-- members who consented to hear what happens with the results get one mail per decision change.
-- The primary key makes it exactly once, also when the event is delivered again or handled twice.
CREATE TABLE pool_result_news (
    member_id        UUID        NOT NULL REFERENCES pool_member (id) ON DELETE CASCADE,
    decision_id      UUID        NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    change           INT         NOT NULL CHECK (change >= 0),
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    process_id       UUID        NOT NULL REFERENCES process (id),
    mail_id          UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, decision_id, change)
);
CREATE INDEX pool_result_news_decision_ix ON pool_result_news (decision_id);
CREATE INDEX pool_result_news_collaboration_ix ON pool_result_news (collaboration_id);
CREATE INDEX pool_result_news_process_ix ON pool_result_news (process_id);

-- Members who said "no more news about this process" through the link in such a mail.
CREATE TABLE pool_result_news_stop (
    member_id        UUID        NOT NULL REFERENCES pool_member (id) ON DELETE CASCADE,
    process_id       UUID        NOT NULL REFERENCES process (id),
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    stopped_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, process_id)
);
CREATE INDEX pool_result_news_stop_process_ix ON pool_result_news_stop (process_id);
CREATE INDEX pool_result_news_stop_collaboration_ix ON pool_result_news_stop (collaboration_id);
