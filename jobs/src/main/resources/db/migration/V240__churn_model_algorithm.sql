-- How each stored churn model learned (README, "Learned churn model"): lr (logistic regression, the
-- models stored before) or gbt (gradient-boosted trees).
ALTER TABLE churn_model ADD COLUMN algorithm text NOT NULL DEFAULT 'lr' CHECK (algorithm IN ('lr', 'gbt'));
