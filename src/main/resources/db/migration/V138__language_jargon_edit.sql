-- Administrators' edits on top of the shipped jargon list (language/nl/jargon.tsv), one row per phrase
-- (lower case). An alternative of NULL means the phrase was removed, also when it is a shipped one.
-- Deleting the row undoes the edit: the shipped entry (if any) counts again. Platform-wide, like the
-- list itself, so there is no collaboration_id.
CREATE TABLE language_jargon_edit (
    phrase      text PRIMARY KEY CHECK (char_length(phrase) BETWEEN 1 AND 80),
    alternative text CHECK (alternative IS NULL OR char_length(alternative) BETWEEN 1 AND 200),
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);
