-- Who made each job and audit entry: the operating-system user and machine ("ana on desk-7"), so that
-- a team sharing one registry sees whose change it was. Rows written before this version have none.
ALTER TABLE jobs ADD COLUMN made_by VARCHAR;
ALTER TABLE audit_log ADD COLUMN made_by VARCHAR;
