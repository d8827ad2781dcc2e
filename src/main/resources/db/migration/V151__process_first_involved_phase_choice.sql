-- First involvement becomes a choice from the process's own phases (issue 13: the indicators tell early from
-- late involvement). Text that names one of the phases keeps that phase's spelling; anything else is cleared,
-- so the form asks the coordinator to choose again instead of guessing.
UPDATE process p
SET first_involved_phase = COALESCE(
        (SELECT ph.name FROM phase ph
         WHERE ph.process_id = p.id AND lower(btrim(ph.name)) = lower(btrim(p.first_involved_phase))
         ORDER BY ph.position LIMIT 1),
        '')
WHERE p.first_involved_phase <> '';
