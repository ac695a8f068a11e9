-- The logins of the HTTP API (`retention serve`), managed with `retention users`. Kept in the database,
-- not in a file, so every serve node sees the same users, and a lockout on one node holds on all.
CREATE TABLE app_user (
    login         text        PRIMARY KEY,
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'SCHEDULER', 'MARKETING', 'SUPERVISOR', 'AGENT', 'MANAGER')),
    teams         text[]      NOT NULL DEFAULT '{}',   -- SUPERVISOR, AGENT: the call-list teams they see
    manager       text,                                -- MANAGER: the personal manager whose VIP list they see
    password_hash text        NOT NULL,                -- BCrypt, never the password
    enabled       boolean     NOT NULL DEFAULT true,
    failed_logins integer     NOT NULL DEFAULT 0,      -- wrong passwords in a row since the last success or lock
    locked_until  timestamptz,                         -- refused until then, even with the right password
    created_at    timestamptz NOT NULL DEFAULT now()
);
