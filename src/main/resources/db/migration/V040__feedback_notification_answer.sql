-- Which answer a notification tells (a digest of status and text): a re-delivered event
-- for the same answer must not send a second mail, but a changed answer must be told.
ALTER TABLE notification ADD COLUMN answer_digest TEXT;

-- At most one open letter and one open call per input: a changed answer updates that
-- row, because the letter is printed and the call made with the answer of that moment.
CREATE UNIQUE INDEX notification_open_letter_call_uq ON notification (input_id, channel)
    WHERE done_at IS NULL AND channel IN ('POST', 'PHONE');

-- "Already called" and similar lists of finished notifications, newest first.
CREATE INDEX notification_done_ix ON notification (collaboration_id, channel, done_at DESC)
    WHERE done_at IS NOT NULL;
