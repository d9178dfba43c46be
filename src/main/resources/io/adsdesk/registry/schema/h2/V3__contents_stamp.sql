CREATE TABLE contents_stamp (
    id     INT         NOT NULL PRIMARY KEY,
    stamp  VARCHAR(36) NOT NULL
);
INSERT INTO contents_stamp (id, stamp) VALUES (1, CAST(RANDOM_UUID() AS VARCHAR));
