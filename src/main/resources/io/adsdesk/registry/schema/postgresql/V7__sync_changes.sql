-- PostgreSQL's form of h2/V7__sync_changes.sql: the same tables; VARCHAR for H2's CLOB, NUMERIC for DECFLOAT, gen_random_uuid() for RANDOM_UUID().
-- What each sync changed, per program: kept for the last 50 syncs that changed something, at most 90 days.
-- initial_sync: a first sync into an empty registry (every program new, no per-program rows).
-- changes_recorded: false for runs whose changes are not (or no longer) kept, including those from before this version.
ALTER TABLE sync_runs ADD COLUMN initial_sync BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sync_runs ADD COLUMN changes_recorded BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE sync_runs SET changes_recorded = FALSE WHERE outcome = 'SYNCED';
CREATE TABLE sync_changes (
    run_id               BIGINT       NOT NULL,
    position             INT          NOT NULL,
    program_id           VARCHAR      NOT NULL,
    business_id          VARCHAR,
    kind                 VARCHAR(16)  NOT NULL,
    fields               VARCHAR,
    removed_program      VARCHAR,
    PRIMARY KEY (run_id, position)
);
