-- Delivery of the day's notifications to their channels (README "Delivery"): one row per notification
-- once the deliver step takes it up. No foreign key to notification: a re-run of the call lists of D
-- rewrites its notifications under the same ids, and what was already sent must stay known, so a
-- notification is never sent twice.
CREATE TABLE notification_delivery (
    notification_id text PRIMARY KEY,
    business_date   date        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    status          text        NOT NULL CHECK (status IN ('SUBMITTING', 'RETRY', 'SUBMITTED', 'DELIVERED',
                                    'UNDELIVERABLE', 'EXPIRED', 'REJECTED', 'FAILED')),
    attempts        smallint    NOT NULL DEFAULT 0,
    smsc_message_id text,            -- the SMSC's id of the first part (SMS)
    error           text,            -- the SMSC's or relay's last error, in its words
    intent_at       timestamptz,     -- the last attempt's intent, committed before its submit
    submitted_at    timestamptz,
    done_at         timestamptz,     -- a final status reached
    next_attempt_at timestamptz      -- RETRY: not before
);
CREATE INDEX notification_delivery_day_idx ON notification_delivery (business_date, channel, status);

-- Each part of an SMS the SMSC accepted, with the SMSC's message id; receipts come back by this id. An SMSC
-- may use an id again after a while (or another SMSC the same one), so a receipt goes to the latest part
-- with its id that is still waiting for one.
CREATE TABLE sms_part (
    notification_id text        NOT NULL REFERENCES notification_delivery ON DELETE CASCADE,
    part            smallint    NOT NULL,
    message_id      text        NOT NULL,
    status          text        NOT NULL DEFAULT 'SUBMITTED',
    error           text,
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, part)
);
CREATE INDEX sms_part_message_idx ON sms_part (message_id);

-- Delivery receipts as they arrive, kept before they are acknowledged, so none is lost to a crash and
-- one that arrives before its submit was recorded still finds its notification.
CREATE TABLE sms_receipt (
    receipt_id  bigserial PRIMARY KEY,
    message_id  text        NOT NULL,
    stat        text        NOT NULL,
    err         text,
    source_addr text,                -- the subscriber's number the message went to
    received_at timestamptz NOT NULL DEFAULT now(),
    applied     boolean     NOT NULL DEFAULT false
);
CREATE INDEX sms_receipt_pending_idx ON sms_receipt (receipt_id) WHERE NOT applied;
