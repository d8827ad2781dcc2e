-- A notification tells an author one of four things: that their input arrived (RECEIPT), its
-- answer (ANSWER), a decision about it (DECISION) or that it was hidden (MODERATION).
ALTER TABLE notification ADD COLUMN kind TEXT NOT NULL DEFAULT 'ANSWER'
    CHECK (kind IN ('RECEIPT', 'ANSWER', 'DECISION', 'MODERATION'));

-- A notice other than an answer is about one thing (a decision's change, a hiding), named by
-- subject_key; the unique index makes it exactly once per channel, also when an event is
-- delivered again after a crash or handled by two instances.
ALTER TABLE notification ADD COLUMN subject_key TEXT;
ALTER TABLE notification ADD CONSTRAINT notification_subject_key_ck
    CHECK (kind = 'ANSWER' OR subject_key IS NOT NULL);
CREATE UNIQUE INDEX notification_notice_uq ON notification (input_id, channel, kind, subject_key)
    WHERE kind <> 'ANSWER';

-- The heading and text of such a notice as written when it was made, in the author's language:
-- a letter is printed and a call is made with exactly that text.
ALTER TABLE notification ADD COLUMN heading TEXT;
ALTER TABLE notification ADD COLUMN message TEXT;

-- Only answers share one open letter or call per input; notices each get their own.
DROP INDEX notification_open_letter_call_uq;
CREATE UNIQUE INDEX notification_open_letter_call_uq ON notification (input_id, channel)
    WHERE done_at IS NULL AND channel IN ('POST', 'PHONE') AND kind = 'ANSWER';
