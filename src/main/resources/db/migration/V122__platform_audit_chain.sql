-- The audit trail becomes append-only and hash-chained: each entry stores the SHA-256 of its
-- own content plus the previous entry's hash, one chain over the whole table in id order.
-- Entries that exist already are chained here, in id order, so the chain starts at the very
-- first entry; a later edit or removal of any entry, old or new, breaks it visibly.

ALTER TABLE audit_entry ADD COLUMN prev_hash TEXT, ADD COLUMN hash TEXT;

-- The canonical content of an entry, the same as AuditTrail.content in Java: every field
-- with its length in UTF-8 bytes (so no value can pass for two), NULL as '-', the time in
-- microseconds since 1970 (what PostgreSQL stores), then the previous entry's hash.
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

-- The newest entry of the chain. Writers lock this one row (SELECT ... FOR UPDATE) until they
-- commit, which puts all writers of all nodes in one line: the next writer reads the hash
-- its predecessor committed, so the chain cannot fork. A row lock rather than an advisory
-- lock because FOR UPDATE, after waiting, returns the row as the predecessor committed it,
-- even where the waiting transaction's snapshot is older.
CREATE TABLE audit_chain_head (
    id        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    last_id   BIGINT NOT NULL,
    last_hash TEXT   NOT NULL
);

DO $$
DECLARE
    entry RECORD;
    previous TEXT := repeat('0', 64);
    last BIGINT := 0;
BEGIN
    FOR entry IN SELECT * FROM audit_entry ORDER BY id LOOP
        UPDATE audit_entry SET prev_hash = previous,
            hash = audit_entry_hash(entry.id, entry.collaboration_id, entry.actor, entry.action, entry.object_type,
                                    entry.object_id, entry.result, entry.at, previous)
        WHERE id = entry.id
        RETURNING hash INTO previous;
        last := entry.id;
    END LOOP;
    INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (TRUE, last, previous);
END $$;

ALTER TABLE audit_entry ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;

-- Keyset paging of one collaboration's entries, newest first.
CREATE INDEX audit_entry_collaboration_id_ix ON audit_entry (collaboration_id, id DESC);

-- Append-only for everyone who does not own-and-disable the triggers: no UPDATE, DELETE or
-- TRUNCATE of entries, and the chain head can only move forward, never be removed.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.last_id > OLD.last_id THEN
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
