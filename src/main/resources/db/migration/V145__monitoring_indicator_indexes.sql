-- Indexes for the process indicators (monitoring), which read these tables only through the
-- owning modules' APIs (input.InputFigures, resident.Participations): per collaboration and date.
CREATE INDEX input_collaboration_answer_due_ix ON input (collaboration_id, answer_due);
CREATE INDEX input_collaboration_received_ix ON input (collaboration_id, received_on);
CREATE INDEX resident_participation_collaboration_at_ix ON resident_participation (collaboration_id, at);
CREATE INDEX resident_participation_resident_at_ix ON resident_participation (resident_id, at);
