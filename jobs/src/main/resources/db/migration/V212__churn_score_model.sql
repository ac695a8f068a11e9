-- Which scorer gave a churn score: 'rule' (the weighted signals) or 'model-<id>' (a promoted learned model);
-- exports/D/scores.csv shows it (README, "Learned churn model").
ALTER TABLE churn_score ADD COLUMN model text NOT NULL DEFAULT 'rule';
