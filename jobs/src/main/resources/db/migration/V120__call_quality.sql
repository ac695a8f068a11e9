-- The dialer's optional figures of a call, and the monthly quality sample (README, "Quality sample").
ALTER TABLE outcome
    ADD COLUMN csat         smallint CHECK (csat BETWEEN 1 AND 5),
    ADD COLUMN ring_seconds integer CHECK (ring_seconds >= 0),
    ADD COLUMN wait_seconds integer CHECK (wait_seconds >= 0);

-- The calls picked for month (its first day) and why; a re-run of the month replaces its rows.
CREATE TABLE qa_sample (
    month   date NOT NULL,
    task_id text NOT NULL REFERENCES call_task,
    agent   text NOT NULL,
    rank    integer NOT NULL,
    reason  text NOT NULL CHECK (reason IN ('COMPLAINT', 'CSAT', 'RANDOM')),
    PRIMARY KEY (month, task_id)
);
