-- Four eyes on payments (issue 9): a payment batch made by one coordinator waits until another
-- coordinator approves it; only then can its files be downloaded and its claims count as paid.

-- The collaboration's setting, on by default; it matters only when there is more than one coordinator.
ALTER TABLE collaboration ADD COLUMN payment_four_eyes BOOLEAN NOT NULL DEFAULT TRUE;

-- Who made and who approved a batch, by account (an e-mail address can change); second_check says
-- whether someone other than the maker looked at it.
ALTER TABLE reimbursement_batch
    ADD COLUMN created_by_staff  UUID REFERENCES staff_account (id),
    ADD COLUMN approved_at       TIMESTAMPTZ,
    ADD COLUMN approved_by       TEXT,
    ADD COLUMN approved_by_staff UUID REFERENCES staff_account (id),
    ADD COLUMN second_check      BOOLEAN NOT NULL DEFAULT FALSE;

-- Batches made before this rule could already be downloaded: they count as approved by their maker alone.
UPDATE reimbursement_batch SET approved_at = created_at, approved_by = created_by;

CREATE INDEX reimbursement_batch_created_by_staff_ix ON reimbursement_batch (created_by_staff)
    WHERE created_by_staff IS NOT NULL;
CREATE INDEX reimbursement_batch_approved_by_staff_ix ON reimbursement_batch (approved_by_staff)
    WHERE approved_by_staff IS NOT NULL;
