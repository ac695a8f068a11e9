-- Who downloaded or uploaded personal data through the HTTP API, and when (152-FZ): one row per
-- download or upload, written in its own transaction so a failed request still leaves its trace.
CREATE TABLE audit_log (
    id            bigserial   PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    login         text        NOT NULL,
    operation     text        NOT NULL,   -- e.g. "download call-list", "upload outcomes"
    business_date date,
    team          text,
    kind          text,
    rows          bigint      NOT NULL DEFAULT 0,
    detail        text
);

-- `retention audit` and GET /api/audit read the newest rows first.
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
