-- The collaboration's contact details for residents without internet (issue 12, point 5): every
-- letter gives a phone number and a postal address. Empty until the administrator fills them in.
ALTER TABLE collaboration
    ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '',
    ADD COLUMN contact_address TEXT NOT NULL DEFAULT '';
