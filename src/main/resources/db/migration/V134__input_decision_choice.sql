-- Choosing the inputs a decision answers: by status ("all inputs with status X") and by words in the text,
-- within one process, fast with thousands of inputs.
CREATE INDEX input_process_status_seq_ix ON input (process_id, status, seq DESC);
CREATE INDEX input_text_trgm_ix ON input USING gin (text gin_trgm_ops);
