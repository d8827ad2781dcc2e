-- The audit trail becomes append-only and hash-chained: each entry stores the SHA-256 of its
-- own content plus the previous entry's hash, one chain over the whole table.
--
-- Entries are chained ("sealed") after they commit, not while they are written: a writer only
-- INSERTs, so audited transactions never wait for each other and cannot deadlock on the chain.
-- A sealer (AuditSealer, on one node at a time) gives each committed entry the next chain_seq,
-- the previous entry's hash and its own hash. Until then the three columns are NULL. Entries
-- that exist already are sealed by the sealer's first run, in id order, so the chain starts at
-- the very first entry; a later edit or removal of any entry, old or new, breaks it visibly.

ALTER TABLE audit_entry ADD COLUMN chain_seq BIGINT, ADD COLUMN prev_hash TEXT, ADD COLUMN hash TEXT,
    ADD CONSTRAINT audit_entry_sealed_whole CHECK ((chain_seq IS NULL) = (prev_hash IS NULL)
                                                   AND (chain_seq IS NULL) = (hash IS NULL));

-- The chain's order; also what the check walks. Unique, so no two entries share a place.
CREATE UNIQUE INDEX audit_entry_chain_seq_ux ON audit_entry (chain_seq);
-- What the sealer looks for: small, because entries are sealed within seconds.
CREATE INDEX audit_entry_unsealed_ix ON audit_entry (id) WHERE chain_seq IS NULL;

-- The canonical content of an entry, the same as AuditTrail.hash in Java: every field
-- with its length in UTF-8 bytes (so no value can pass for two), NULL as '-', the time in
-- microseconds since 1970 (what PostgreSQL stores), then the previous entry's hash. chain_seq
-- is not part of it: the link to the previous hash already fixes each entry's place.
CREATE FUNCTION audit_entry_hash(id BIGINT, collaboration_id UUID, actor TEXT, action TEXT, object_type TEXT,
                                 object_id TEXT, result TEXT, at TIMESTAMPTZ, prev_hash TEXT)
    RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        'audit-v1' || chr(10) || id::text || chr(10)
        || coalesce(octet_length(collaboration_id::text) || ':' || collaboration_id::text, '-') || chr(10)
        || coalesce(octet_length(actor) || ':' || actor, '-') || chr(10)
        || coalesce(octet_length(action) || ':' || action, '-') || chr(10)
        || coalesce(octet_length(object_type) || ':' || object_type, '-') || chr(10)
        || coalesce(octet_length(object_id) || ':' || object_id, '-') || chr(10)
        || coalesce(octet_length(result) || ':' || result, '-') || chr(10)
        || (extract(epoch FROM at) * 1000000)::bigint::text || chr(10)
        || prev_hash, 'UTF8')), 'hex')
$$;

-- The newest sealed entry of the chain (0 and the genesis hash before the first). Only the
-- sealer writes it, under its advisory lock; the check compares the chain's end with it, so
-- entries cut off at the end or forged beyond it are found.
CREATE TABLE audit_chain_head (
    id        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    last_seq  BIGINT NOT NULL,
    last_hash TEXT   NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (TRUE, 0, repeat('0', 64));

-- Keyset paging of one collaboration's entries, newest first.
CREATE INDEX audit_entry_collaboration_id_ix ON audit_entry (collaboration_id, id DESC);

-- Append-only for everyone who does not own-and-disable the triggers: no DELETE or TRUNCATE
-- of entries, and no UPDATE except the one sealing step: chain_seq, prev_hash and hash going
-- from NULL to a value while every other column stays as it was (compared as JSON, so a
-- column added later is covered too). The chain head can only move forward.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
       AND NEW.chain_seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
       AND to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash' = to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.last_seq > OLD.last_seq THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_chain_head only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only();

-- Failed logins per account and client network ('*' = all networks together), so that a
-- stranger's guessing slows down the stranger, not the account's owner elsewhere. The
-- account is kept as a SHA-256 of the lower-cased address (unknown addresses are counted
-- the same way, and may be a resident's): nobody's address is stored here in plain text.
CREATE TABLE login_throttle (
    account_key  TEXT        NOT NULL,
    network      TEXT        NOT NULL,
    failures     INT         NOT NULL,
    last_failure TIMESTAMPTZ NOT NULL,
    locked_until TIMESTAMPTZ,
    PRIMARY KEY (account_key, network)
);
CREATE INDEX login_throttle_last_failure_ix ON login_throttle (last_failure);
