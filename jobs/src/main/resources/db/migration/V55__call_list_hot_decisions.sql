-- The policy step writes every candidate's decision with one UPDATE ... FROM. With an index on
-- decision/team/list_rank each of the day's ~200 000 updated rows also went into all five indexes of
-- the table (most of the step on a large day). Without it, and with room left on each page, the
-- update is heap-only (HOT): no index is touched. The writers read one decision of one date with the
-- (business_date, ...) unique index and a sort of that day's rows, which is as fast.
DROP INDEX contact_candidate_decision_idx;
-- Room for the decided version of each row beside the inserted one (applies to rows inserted from now on).
ALTER TABLE contact_candidate SET (fillfactor = 45);

-- Same columns as the UNIQUE (business_date, team, rank) constraint's index: a second copy to maintain
-- for every call task inserted, used by nothing the unique index does not serve.
DROP INDEX call_task_date_idx;
