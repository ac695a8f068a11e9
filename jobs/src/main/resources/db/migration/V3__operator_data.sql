-- The operator's source data, as the imports of PRODUCT.md load it.
-- Keys are the import keys; every import upserts on them.

CREATE TABLE tariff (
    tariff_code      text PRIMARY KEY,
    name             text          NOT NULL,
    monthly_fee      numeric(12,2) NOT NULL CHECK (monthly_fee >= 0),
    status           text          NOT NULL CHECK (status IN ('ACTIVE', 'LEGACY')),
    technology       text          NOT NULL DEFAULT 'MOBILE'
                     CHECK (technology IN ('MOBILE', 'FTTB', 'GPON', 'ADSL', 'DOCSIS', 'TV')),
    segment          text          NOT NULL DEFAULT 'B2C' CHECK (segment IN ('B2C', 'B2B')),
    -- Allowances: 0 = none included (an empty cell), NULL = unlimited.
    included_minutes numeric(12,2) CHECK (included_minutes >= 0),
    included_sms     numeric(12,2) CHECK (included_sms >= 0),
    included_data_gb numeric(12,2) CHECK (included_data_gb >= 0),
    minute_price     numeric(12,4) NOT NULL DEFAULT 0 CHECK (minute_price >= 0),
    sms_price        numeric(12,4) NOT NULL DEFAULT 0 CHECK (sms_price >= 0),
    gb_price         numeric(12,4) NOT NULL DEFAULT 0 CHECK (gb_price >= 0),
    speed_mbps       integer       CHECK (speed_mbps >= 0),
    launched_on      date,
    closed_on        date
);

CREATE TABLE area (
    area_code   text PRIMARY KEY,
    name        text NOT NULL,
    -- No foreign key: an areas file may list a child before its parent.
    parent_code text,
    kind        text CHECK (kind IN ('REGION', 'CITY', 'DISTRICT', 'BUILDING', 'NODE')),
    timezone    text
);
CREATE INDEX area_parent_idx ON area (parent_code);

-- Every area with each of its ancestors (itself at depth 0) and its effective
-- time zone (its own, else the nearest ancestor's, else NULL: the operator's).
-- The depth bound stops a cyclic hierarchy from recursing forever.
CREATE VIEW area_lineage AS
WITH RECURSIVE up (area_code, ancestor_code, depth, timezone) AS (
    SELECT a.area_code, a.area_code, 0, a.timezone FROM area a
    UNION ALL
    SELECT up.area_code, p.area_code, up.depth + 1, coalesce(up.timezone, p.timezone)
    FROM up
    JOIN area c ON c.area_code = up.ancestor_code
    JOIN area p ON p.area_code = c.parent_code
    WHERE up.depth < 32
)
SELECT area_code, ancestor_code, depth, timezone FROM up;

CREATE TABLE account (
    account_id text PRIMARY KEY
);

CREATE TABLE subscriber (
    subscriber_id    text PRIMARY KEY,
    account_id       text    NOT NULL REFERENCES account,
    full_name        text    NOT NULL,
    phone            text    NOT NULL,          -- E.164
    tariff_code      text    NOT NULL REFERENCES tariff,
    area_code        text    NOT NULL REFERENCES area,
    status           text    NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    activated_on     date    NOT NULL,
    tariff_since     date,
    terminated_on    date,
    segment          text    NOT NULL DEFAULT 'B2C' CHECK (segment IN ('B2C', 'B2B', 'VIP')),
    email            text,
    language         text    NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
    consent_calls    boolean NOT NULL DEFAULT false,
    consent_sms      boolean NOT NULL DEFAULT true,
    consent_email    boolean NOT NULL DEFAULT false,
    personal_manager text
);
CREATE INDEX subscriber_account_idx ON subscriber (account_id);
CREATE INDEX subscriber_phone_idx ON subscriber (phone);
CREATE INDEX subscriber_area_idx ON subscriber (area_code);

CREATE TABLE usage_month (
    subscriber_id text          NOT NULL REFERENCES subscriber,
    month         date          NOT NULL CHECK (extract(day FROM month) = 1),
    charged       numeric(12,2) NOT NULL CHECK (charged >= 0),
    voice_minutes numeric(12,2) NOT NULL DEFAULT 0 CHECK (voice_minutes >= 0),
    sms           numeric(12,2) NOT NULL DEFAULT 0 CHECK (sms >= 0),
    data_gb       numeric(12,3) NOT NULL DEFAULT 0 CHECK (data_gb >= 0),
    PRIMARY KEY (subscriber_id, month)
);

CREATE TABLE invoice (
    invoice_id text PRIMARY KEY,
    account_id text          NOT NULL REFERENCES account,
    issued_on  date          NOT NULL,
    due_on     date          NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount >= 0)
);
CREATE INDEX invoice_account_due_idx ON invoice (account_id, due_on);

CREATE TABLE payment (
    payment_id text PRIMARY KEY,
    account_id text          NOT NULL REFERENCES account,
    paid_on    date          NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount > 0)
);
CREATE INDEX payment_account_paid_idx ON payment (account_id, paid_on);

CREATE TABLE ticket (
    ticket_id     text PRIMARY KEY,
    subscriber_id text        NOT NULL REFERENCES subscriber,
    opened_at     timestamptz NOT NULL,
    category      text        NOT NULL CHECK (category IN ('NO_SERVICE', 'SLOW_SPEED', 'BILLING', 'COMPLAINT', 'OTHER')),
    closed_at     timestamptz CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
CREATE INDEX ticket_subscriber_opened_idx ON ticket (subscriber_id, opened_at);

CREATE TABLE outage (
    outage_id       text        NOT NULL,
    area_code       text        NOT NULL REFERENCES area,
    kind            text        NOT NULL CHECK (kind IN ('PLANNED', 'UNPLANNED')),
    starts_at       timestamptz NOT NULL,
    expected_end_at timestamptz,
    ended_at        timestamptz CHECK (ended_at IS NULL OR ended_at >= starts_at),
    description     text,
    PRIMARY KEY (outage_id, area_code)
);
CREATE INDEX outage_area_idx ON outage (area_code);
CREATE INDEX outage_open_idx ON outage (starts_at) WHERE ended_at IS NULL;

CREATE TABLE dnc (
    phone      text PRIMARY KEY,               -- E.164
    reason     text,
    added_on   date,
    expires_on date
);

-- Marketing's own lists: a target names a subscriber, or only a phone.
CREATE TABLE target (
    campaign_code     text NOT NULL,
    subscriber_id     text REFERENCES subscriber,
    phone             text,
    offer_tariff_code text REFERENCES tariff,
    note              text,
    target_key        text GENERATED ALWAYS AS (coalesce(subscriber_id, phone)) STORED,
    CHECK (subscriber_id IS NOT NULL OR phone IS NOT NULL),
    PRIMARY KEY (campaign_code, target_key)
);
