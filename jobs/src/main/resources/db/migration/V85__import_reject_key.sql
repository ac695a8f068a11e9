-- The key of a rejected row (e.g. subscriber_id=S000123), so the reject report names the row as a
-- person looks it up in a large file. NULL when the key cell itself is missing or bad, and for
-- rejects saved before this column existed (an import restarted across the upgrade).
ALTER TABLE import_reject ADD COLUMN row_key text;
