-- The last copy of each program's features read from Yelp (the Program Feature API's GET shape, as JSON text)
-- and when it was read, so the features can be shown offline with that time.
CREATE TABLE program_features (
    program_id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    features_json        VARCHAR      NOT NULL,
    read_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
