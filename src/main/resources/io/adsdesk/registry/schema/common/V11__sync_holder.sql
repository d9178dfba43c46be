-- Who runs the sync of this account on a team registry, and since when: written when a sync takes the
-- account's lock, read by a second sync that is refused. One row.
CREATE TABLE sync_holder (
    id                   INTEGER      NOT NULL PRIMARY KEY,
    holder               VARCHAR      NOT NULL,
    since                TIMESTAMP WITH TIME ZONE NOT NULL
);
