-- Who works a call task now on the agent screen. A claim is a lease: the screen renews it while the
-- agent works the task; a claim whose lease ran out (the agent left) is free to be taken again.
-- One row per task, so two agents never hold the same task; the screen keeps one claim per login.
CREATE TABLE task_claim (
    task_id     text        PRIMARY KEY REFERENCES call_task ON DELETE CASCADE,
    login       text        NOT NULL,
    team        text        NOT NULL,
    claimed_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL CHECK (expires_at > claimed_at)
);
CREATE INDEX task_claim_login_idx ON task_claim (login);
