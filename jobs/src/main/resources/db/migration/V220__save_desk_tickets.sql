-- The save desk (README, "Save desk"): a subscriber's request to leave is a ticket of category
-- TERMINATION_REQUEST (ending the contract) or PORT_OUT (taking the number to another operator).
ALTER TABLE ticket DROP CONSTRAINT IF EXISTS ticket_category_check;
ALTER TABLE ticket ADD CONSTRAINT ticket_category_check
    CHECK (category IN ('NO_SERVICE', 'SLOW_SPEED', 'BILLING', 'COMPLAINT', 'OTHER', 'TERMINATION_REQUEST', 'PORT_OUT'));

-- The requests open at a run's reference time are looked up every run (scoring, offers, call lists):
-- few rows, so a partial index keeps that lookup off the whole ticket table.
CREATE INDEX ticket_save_request_idx ON ticket (subscriber_id, opened_at)
    WHERE category IN ('TERMINATION_REQUEST', 'PORT_OUT');
