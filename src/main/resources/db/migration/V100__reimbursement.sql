-- Reimbursements (C8): claims for travel costs and volunteer allowances, their receipts,
-- the tax-free limits per calendar year and the payment batches sent to the bank.

-- Limits per calendar year, editable by the platform administrator. Source of the defaults:
-- Belastingdienst, "Vrijwilligersvergoedingen" (belastingdienst.nl > prive > werk en inkomen > werken >
-- werken als vrijwilliger > vrijwilligersvergoedingen): for 2025 at most EUR 5,60 per hour (21 and older),
-- EUR 3,30 per hour (under 21), EUR 210 per month and EUR 2.100 per year. The kilometre rate is the tax-free
-- rate for travel with one's own transport (EUR 0,23 per km in 2024-2026).
-- The 2026 amounts below could not be confirmed when this was written; they repeat 2025 and are marked
-- unconfirmed, so the admin page asks for a check.
CREATE TABLE reimbursement_limits (
    year              INT           PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    hourly_max_adult  NUMERIC(8, 2) NOT NULL CHECK (hourly_max_adult >= 0),
    hourly_max_young  NUMERIC(8, 2) NOT NULL CHECK (hourly_max_young >= 0),
    monthly_max       NUMERIC(10, 2) NOT NULL CHECK (monthly_max >= 0),
    yearly_max        NUMERIC(10, 2) NOT NULL CHECK (yearly_max >= 0),
    km_rate           NUMERIC(6, 3) NOT NULL CHECK (km_rate >= 0),
    source            TEXT          NOT NULL,
    confirmed         BOOLEAN       NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    updated_by        TEXT          NOT NULL
);
INSERT INTO reimbursement_limits VALUES
    (2025, 5.60, 3.30, 210.00, 2100.00, 0.230,
     'Belastingdienst, Vrijwilligersvergoedingen (2025); kilometre rate: tax-free rate for own transport', TRUE,
     now(), 'migration'),
    (2026, 5.60, 3.30, 210.00, 2100.00, 0.230,
     'Repeats 2025: the 2026 figures of the Belastingdienst could not be confirmed', FALSE,
     now(), 'migration');

CREATE TABLE reimbursement_claim (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID           NOT NULL REFERENCES collaboration (id),
    resident_id       UUID           NOT NULL REFERENCES resident (id),
    kind              TEXT           NOT NULL,
    activity          TEXT,
    activity_date     DATE           NOT NULL,
    kilometres        NUMERIC(8, 1),
    hours             NUMERIC(6, 2),
    under_21          BOOLEAN        NOT NULL DEFAULT FALSE,
    rate              NUMERIC(8, 3),
    amount            NUMERIC(10, 2) NOT NULL CHECK (amount > 0),
    iban              TEXT,
    account_holder    TEXT,
    status            TEXT           NOT NULL,
    reason            TEXT,
    submitted_at      TIMESTAMPTZ    NOT NULL,
    submitted_by      TEXT,
    decided_at        TIMESTAMPTZ,
    decided_by        TEXT,
    over_limit        BOOLEAN        NOT NULL DEFAULT FALSE,
    batch_id          UUID,
    seq               BIGSERIAL      NOT NULL UNIQUE
);
CREATE INDEX reimbursement_claim_list_ix ON reimbursement_claim (collaboration_id, status, seq DESC);
CREATE INDEX reimbursement_claim_resident_ix ON reimbursement_claim (resident_id, activity_date);
CREATE INDEX reimbursement_claim_batch_ix ON reimbursement_claim (batch_id) WHERE batch_id IS NOT NULL;

-- Receipt files apart from the claims, so lists never drag the bytes along. Never named after the upload.
CREATE TABLE reimbursement_receipt (
    claim_id          UUID        PRIMARY KEY REFERENCES reimbursement_claim (id) ON DELETE CASCADE,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    content_type      TEXT        NOT NULL,
    display_name      TEXT        NOT NULL,
    size              INT         NOT NULL,
    bytes             BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX reimbursement_receipt_collaboration_ix ON reimbursement_receipt (collaboration_id);

-- One export for payment: its claims carry its id, so nothing is paid twice. The paying account is
-- copied in, so a batch downloaded again is the same file even after the settings changed.
CREATE TABLE reimbursement_batch (
    id                UUID PRIMARY KEY,
    collaboration_id  UUID           NOT NULL REFERENCES collaboration (id),
    created_at        TIMESTAMPTZ    NOT NULL,
    created_by        TEXT           NOT NULL,
    execution_date    DATE           NOT NULL,
    debtor_name       TEXT           NOT NULL,
    debtor_iban       TEXT           NOT NULL,
    debtor_bic        TEXT,
    claim_count       INT            NOT NULL,
    total             NUMERIC(12, 2) NOT NULL,
    seq               BIGSERIAL      NOT NULL UNIQUE
);
CREATE INDEX reimbursement_batch_collaboration_ix ON reimbursement_batch (collaboration_id, seq DESC);
ALTER TABLE reimbursement_claim ADD CONSTRAINT reimbursement_claim_batch_fk
    FOREIGN KEY (batch_id) REFERENCES reimbursement_batch (id);

-- The collaboration's own bank account that pays the claims (debtor in the SEPA file).
CREATE TABLE reimbursement_account (
    collaboration_id  UUID        PRIMARY KEY REFERENCES collaboration (id),
    debtor_name       TEXT        NOT NULL,
    iban              TEXT        NOT NULL,
    bic               TEXT,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT        NOT NULL
);
