-- The keys among the nightly tables go the way of their key to subscriber (V250). Each checked every
-- written row with an index probe and a FOR KEY SHARE lock written into the referenced tuple, and
-- each delete of a candidate probed call_task and notification: a re-run of D's call lists deletes
-- and rewrites all of D's candidates, so it paid both for every candidate (README "Figures").
-- What the keys guarded holds by construction:
--   * a candidate's offer: D's retention and save candidates are inserted from a join on offer, a
--     follow-up (retry, callback, carried) copies the offer of the earlier candidate it follows, and
--     the offers job deletes an offer only when no candidate of any date refers to it (OfferMapper.xml);
--   * a task's or a notification's candidate: both are written from D's decided candidates in the
--     policy step, and every delete of candidates (the candidates step) deletes D's notifications and
--     tasks first, in the same transaction.
-- The unique index on candidate_id stays on both (one task, one notification per candidate).
-- NightlyRowsTest checks after a night and after re-runs of offers, call lists and the night that no
-- row refers to a missing one.
ALTER TABLE contact_candidate DROP CONSTRAINT contact_candidate_offer_id_fkey;
ALTER TABLE call_task DROP CONSTRAINT call_task_candidate_id_fkey;
ALTER TABLE notification DROP CONSTRAINT notification_candidate_id_fkey;
