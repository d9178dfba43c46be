-- No query filters or sorts programs by these columns (the dashboard filters in memory); each index
-- only cost time on every program written by a sync.
DROP INDEX programs_type;
DROP INDEX programs_primary_business;
DROP INDEX programs_dates;
DROP INDEX programs_paused;
DROP INDEX program_businesses_business;
