-- The subscribers file's extra columns (contract type, payment method, device, ...) as a JSON object of
-- text values per subscriber, for the learned churn model's features (README, "Input files").
ALTER TABLE subscriber ADD COLUMN attributes jsonb CHECK (attributes IS NULL OR jsonb_typeof(attributes) = 'object');
