-- The nightly decision tables take their subscriber from a join on subscriber in the very statement
-- (or chunk) that writes them, and subscriber rows are never deleted (a leaver becomes TERMINATED), so
-- their foreign key to subscriber could never fail. Its check was not free: per written row an index
-- probe and a FOR KEY SHARE lock written into the subscriber's tuple, 4 s of the scoring job's 34 s at
-- 1 000 000 subscribers (README "Figures"). The keys between the nightly tables themselves (candidates
-- to offers, tasks and notifications to candidates) stay: they order the deletes of a re-run.
ALTER TABLE churn_score DROP CONSTRAINT churn_score_subscriber_id_fkey;
ALTER TABLE offer DROP CONSTRAINT offer_subscriber_id_fkey;
ALTER TABLE dunning_case DROP CONSTRAINT dunning_case_subscriber_id_fkey;
ALTER TABLE outage_notice DROP CONSTRAINT outage_notice_subscriber_id_fkey;
ALTER TABLE contact_candidate DROP CONSTRAINT contact_candidate_subscriber_id_fkey;
ALTER TABLE call_task DROP CONSTRAINT call_task_subscriber_id_fkey;
ALTER TABLE notification DROP CONSTRAINT notification_subscriber_id_fkey;
