-- The learned churn models `retention model train` stores (README, "Learned churn model"): Tribuo's
-- protobuf form of the model, the standardisation of its numbers, the features it was trained on, and
-- its validation figures beside the rule score's on the same rows. At most one is promoted (scoring uses it).
CREATE TABLE churn_model (
    model_id        bigserial PRIMARY KEY,
    trained_at      timestamptz      NOT NULL DEFAULT now(),
    as_of           date             NOT NULL,
    horizon_days    integer          NOT NULL CHECK (horizon_days IN (30, 60, 90)),
    snapshots       date[]           NOT NULL,          -- newest first: the first is the validation snapshot
    features        text[]           NOT NULL,
    scales          jsonb            NOT NULL,
    training_rows   integer          NOT NULL,
    validation_rows integer          NOT NULL,
    auc             double precision NOT NULL,
    rule_auc        double precision NOT NULL,
    lift            double precision NOT NULL,
    rule_lift       double precision NOT NULL,
    model           bytea            NOT NULL,
    promoted_at     timestamptz
);
CREATE UNIQUE INDEX churn_model_one_promoted ON churn_model ((true)) WHERE promoted_at IS NOT NULL;
