-- How many times the contents have changed. The same count is kept in a file beside the database
-- (registry.commits), so a registry older than the last change AdsDesk saved is recognised.
ALTER TABLE contents_stamp ADD COLUMN generation BIGINT DEFAULT 0 NOT NULL;
