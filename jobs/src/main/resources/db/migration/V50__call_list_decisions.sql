-- The contact policy's verdict keeps the list it concerns: the team (LISTED, and CARRIED when cut
-- by capacity) and the rank in that team's list, so the task writer and the reports read them back.
ALTER TABLE contact_candidate ADD COLUMN team text;
ALTER TABLE contact_candidate ADD COLUMN list_rank integer;

-- The writers read one decision of one date (LISTED, SENT) in list order.
CREATE INDEX contact_candidate_decision_idx ON contact_candidate (business_date, decision, team, list_rank);
-- Retries and callbacks look up whether a task was already followed up.
CREATE INDEX contact_candidate_source_task_idx ON contact_candidate (source_task_id) WHERE source_task_id IS NOT NULL;
-- A call's debt data: the account's dunning case of D, or its latest before D.
CREATE INDEX dunning_case_account_idx ON dunning_case (account_id, business_date);
