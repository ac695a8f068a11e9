-- What the nightly jobs decide. Every table is keyed by the business date
-- (or by a key that is unique across dates) so a re-run of a date replaces
-- its own rows and duplicates nothing.

CREATE TABLE churn_score (
    business_date date     NOT NULL,
    subscriber_id text     NOT NULL REFERENCES subscriber,
    score         smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    band          text     NOT NULL CHECK (band IN ('HIGH', 'MEDIUM', 'LOW')),
    reasons       text     NOT NULL DEFAULT '',   -- reason codes joined by ';'
    PRIMARY KEY (business_date, subscriber_id)
);

CREATE TABLE offer (
    offer_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    business_date  date          NOT NULL,
    subscriber_id  text          NOT NULL REFERENCES subscriber,
    campaign       text          NOT NULL DEFAULT 'RETENTION',
    current_tariff text          NOT NULL REFERENCES tariff,
    offer_tariff   text          NOT NULL REFERENCES tariff,
    offer_type     text          NOT NULL CHECK (offer_type IN ('SAVING', 'UPGRADE')),
    current_cost   numeric(12,2) NOT NULL,
    offer_cost     numeric(12,2) NOT NULL,
    monthly_saving numeric(12,2) NOT NULL,
    churn_score    smallint,
    churn_band     text,
    reasons        text          NOT NULL DEFAULT '',
    control        boolean       NOT NULL DEFAULT false,
    status         text          NOT NULL DEFAULT 'OPEN'
                   CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    valid_until    date          NOT NULL,
    decided_at     timestamptz,
    UNIQUE (business_date, subscriber_id)
);
CREATE INDEX offer_subscriber_idx ON offer (subscriber_id, business_date);

CREATE TABLE dunning_case (
    business_date  date          NOT NULL,
    account_id     text          NOT NULL REFERENCES account,
    subscriber_id  text          NOT NULL REFERENCES subscriber,  -- the account's contact
    overdue_amount numeric(12,2) NOT NULL,
    days_past_due  integer       NOT NULL CHECK (days_past_due >= 1),
    oldest_due_on  date          NOT NULL,
    step           text          NOT NULL
                   CHECK (step IN ('REMINDER_SMS', 'REMINDER_CALL', 'SUSPENSION_WARNING', 'COLLECTIONS')),
    paused         boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (business_date, account_id)
);

-- Promise to pay / PAID: no dunning contact while business date <= paused_until.
CREATE TABLE dunning_pause (
    account_id   text NOT NULL REFERENCES account,
    paused_until date NOT NULL,
    reason       text NOT NULL,
    task_id      text NOT NULL,
    PRIMARY KEY (account_id, task_id)
);

-- One notice of each kind per outage and subscriber, ever: the key says so.
CREATE TABLE outage_notice (
    outage_id     text        NOT NULL,
    subscriber_id text        NOT NULL REFERENCES subscriber,
    kind          text        NOT NULL CHECK (kind IN ('PRE_NOTICE', 'INCIDENT', 'RESTORED', 'APOLOGY')),
    business_date date        NOT NULL,
    decided_at    timestamptz NOT NULL,   -- the run's reference time
    PRIMARY KEY (outage_id, subscriber_id, kind)
);
CREATE INDEX outage_notice_date_idx ON outage_notice (business_date);

-- The funnel: every campaign step writes its contact candidates here; the
-- contact policy decides each one (LISTED, SENT, CONTROL, SUPPRESSED, CARRIED).
CREATE TABLE contact_candidate (
    candidate_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    business_date  date          NOT NULL,
    subscriber_id  text          NOT NULL REFERENCES subscriber,
    channel        text          NOT NULL CHECK (channel IN ('CALL', 'SMS', 'EMAIL')),
    campaign       text          NOT NULL,
    step           text          NOT NULL,
    value          numeric(14,2) NOT NULL DEFAULT 0,
    offer_id       bigint REFERENCES offer,
    account_id     text,
    outage_id      text,
    attempt        smallint      NOT NULL DEFAULT 1,
    carried_from   date,                          -- first business date it was a candidate
    source_task_id text,                          -- retry or callback of this task
    callback_at    timestamptz,
    decision       text CHECK (decision IN ('LISTED', 'SENT', 'CONTROL', 'SUPPRESSED', 'CARRIED')),
    reason         text,
    UNIQUE NULLS NOT DISTINCT (business_date, subscriber_id, channel, campaign, step, outage_id, source_task_id)
);
CREATE INDEX contact_candidate_sub_idx ON contact_candidate (subscriber_id, business_date);

-- The rows of call-lists/D/<team>.xlsx and dialer.csv.
CREATE TABLE call_task (
    task_id        text PRIMARY KEY,              -- e.g. 20261122-000042
    business_date  date          NOT NULL,
    candidate_id   bigint        NOT NULL UNIQUE REFERENCES contact_candidate,
    team           text          NOT NULL,
    rank           integer       NOT NULL,        -- priority order within the team's list
    subscriber_id  text          NOT NULL REFERENCES subscriber,
    phone          text          NOT NULL,
    campaign       text          NOT NULL,
    step           text          NOT NULL,
    earliest_utc   timestamptz   NOT NULL,
    latest_utc     timestamptz   NOT NULL CHECK (latest_utc > earliest_utc),
    local_window   text          NOT NULL,
    attempt        smallint      NOT NULL DEFAULT 1,
    script         text,
    status         text          NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    UNIQUE (business_date, team, rank)
);
CREATE INDEX call_task_date_idx ON call_task (business_date, team, rank);
CREATE INDEX call_task_subscriber_idx ON call_task (subscriber_id, business_date);
CREATE INDEX call_task_phone_idx ON call_task (phone, business_date);

-- The rows of notifications/D/outbox.csv.
CREATE TABLE notification (
    notification_id text PRIMARY KEY,
    business_date   date     NOT NULL,
    candidate_id    bigint   NOT NULL UNIQUE REFERENCES contact_candidate,
    subscriber_id   text     NOT NULL REFERENCES subscriber,
    channel         text     NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    to_address      text     NOT NULL,
    campaign        text     NOT NULL,
    step            text     NOT NULL,
    outage_id       text,
    template        text     NOT NULL,
    text            text     NOT NULL,
    segments        smallint NOT NULL DEFAULT 0
);
CREATE INDEX notification_subscriber_idx ON notification (subscriber_id, business_date);
CREATE INDEX notification_to_idx ON notification (to_address, business_date);

-- Every contact the caps and cool-downs count: listed calls and sent messages.
CREATE VIEW contact_history AS
SELECT business_date AS contacted_on, subscriber_id, phone, 'CALL' AS channel, campaign, step
FROM call_task
UNION ALL
SELECT business_date, subscriber_id, to_address, channel, campaign, step
FROM notification;

-- Phones marked invalid by a WRONG_NUMBER outcome.
CREATE TABLE invalid_phone (
    phone     text PRIMARY KEY,
    marked_on date NOT NULL,
    task_id   text NOT NULL
);

CREATE TABLE outcome (
    task_id        text PRIMARY KEY REFERENCES call_task,
    outcome        text NOT NULL CHECK (outcome IN ('ACCEPTED', 'DECLINED', 'CALLBACK', 'NO_ANSWER', 'BUSY',
                   'VOICEMAIL', 'WRONG_NUMBER', 'DO_NOT_CALL', 'PROMISE_TO_PAY', 'PAID', 'NOTIFIED', 'COMPLAINT')),
    contacted_at   timestamptz,
    talk_seconds   integer CHECK (talk_seconds >= 0),
    agent          text,
    callback_at    timestamptz,
    promise_date   date,
    promise_amount numeric(12,2),
    note           text,
    imported_at    timestamptz NOT NULL DEFAULT now(),
    source_file    text
);

CREATE TABLE tariff_order (
    order_id      text PRIMARY KEY,
    business_date date        NOT NULL,   -- the list date of the task that sold it
    subscriber_id text        NOT NULL REFERENCES subscriber,
    from_tariff   text        NOT NULL REFERENCES tariff,
    to_tariff     text        NOT NULL REFERENCES tariff,
    accepted_at   timestamptz NOT NULL,
    task_id       text        NOT NULL UNIQUE REFERENCES call_task,
    offer_id      bigint REFERENCES offer,
    fulfilled_on  date
);
