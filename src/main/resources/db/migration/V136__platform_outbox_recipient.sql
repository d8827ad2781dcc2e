-- Erasure finds (and first locks) every mail to a resident's address; without this index that
-- is a scan of the whole outbox while the resident waits.
CREATE INDEX outbox_mail_recipient_ix ON outbox_mail (collaboration_id, lower(recipient));
