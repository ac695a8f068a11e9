-- A notice about one thing of the subscriber's (PAYMENT_DUE: an invoice; TICKET_RESOLVED: a ticket)
-- names it, so the candidates step can tell whether it was ever sent: once per invoice or ticket.
ALTER TABLE contact_candidate ADD COLUMN notice_ref text;

-- Two invoices (or tickets) of one subscriber can each be due their notice on one day: the key of a
-- candidate includes what it is about. business_date stays first, the writers read a date through it.
DO $$
DECLARE
    name text;
BEGIN
    SELECT conname INTO STRICT name FROM pg_constraint
    WHERE conrelid = 'contact_candidate'::regclass AND contype = 'u';
    EXECUTE format('ALTER TABLE contact_candidate DROP CONSTRAINT %I', name);
END
$$;
ALTER TABLE contact_candidate ADD CONSTRAINT contact_candidate_key
    UNIQUE NULLS NOT DISTINCT (business_date, subscriber_id, channel, campaign, step, outage_id, source_task_id, notice_ref);

-- "Was it sent on another date?" Never updated by the policy step, so its updates stay heap-only.
CREATE INDEX contact_candidate_notice_ref_idx ON contact_candidate (notice_ref) WHERE notice_ref IS NOT NULL;
