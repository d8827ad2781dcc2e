-- A personal link records the e-mail address it was sent to (as a SHA-256 of the lower-cased
-- address). A privacy link opens a resident's data only while that is still their address on
-- record, so it proves exactly what its delivery proved: that its holder reads that mailbox.
ALTER TABLE resident_link ADD COLUMN sent_to_hash BYTEA;

-- Privacy links issued before this release were also handed to browsers that never proved a
-- mailbox (the "you left the pool" page); none of them may keep working.
DELETE FROM resident_link WHERE purpose = 'privacy';
