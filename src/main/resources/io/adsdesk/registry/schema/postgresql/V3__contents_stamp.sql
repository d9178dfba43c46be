-- PostgreSQL's form of h2/V3__contents_stamp.sql: the same tables; VARCHAR for H2's CLOB, NUMERIC for DECFLOAT, gen_random_uuid() for RANDOM_UUID().
CREATE TABLE contents_stamp (
    id     INT         NOT NULL PRIMARY KEY,
    stamp  VARCHAR(36) NOT NULL
);
INSERT INTO contents_stamp (id, stamp) VALUES (1, CAST(gen_random_uuid() AS VARCHAR));
