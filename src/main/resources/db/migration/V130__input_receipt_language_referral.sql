-- The language of the page the author used (staff capture: Dutch), so receipts and answers
-- reach them in that language.
ALTER TABLE input ADD COLUMN language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));

-- An author who wants their answer by post asked for a receipt letter too (the form's tick box).
ALTER TABLE input ADD COLUMN receipt_by_post BOOLEAN NOT NULL DEFAULT false;

-- The one-time key of the form the input was sent with, hashed. Sending the same form twice
-- (back button, double click, two tabs) finds the input already stored; the unique index decides
-- a race between two posts of one key. A key only counts within its own process.
ALTER TABLE input ADD COLUMN form_key_hash TEXT;
CREATE UNIQUE INDEX input_form_key_uq ON input (process_id, form_key_hash) WHERE form_key_hash IS NOT NULL;

-- "Outside the question": the organisation the input was sent on to, and how to reach it
-- (a name, phone number, e-mail address or website of that organisation; never the author's).
ALTER TABLE input ADD COLUMN referred_to TEXT;
ALTER TABLE input ADD COLUMN referred_contact TEXT;
