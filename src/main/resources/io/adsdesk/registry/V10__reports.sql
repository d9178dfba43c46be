-- Performance figures from Yelp's Reporting API, kept for good (published figures never change):
-- one row per granularity (DAILY, MONTHLY), business, program and day (monthly: the 1st of the month).
CREATE TABLE report_figures (
    granularity          VARCHAR(8)   NOT NULL,
    business_id          VARCHAR      NOT NULL,
    figure_date          DATE         NOT NULL,
    program_id           VARCHAR      NOT NULL,
    program_type         VARCHAR      NOT NULL,
    billed_impressions   BIGINT       NOT NULL,
    billed_clicks        BIGINT       NOT NULL,
    ad_cost_cents        BIGINT       NOT NULL,
    PRIMARY KEY (granularity, business_id, figure_date, program_id)
);
CREATE INDEX report_figures_by_date ON report_figures (granularity, figure_date, business_id, program_id, program_type, billed_impressions, billed_clicks, ad_cost_cents);
-- The spans of days (monthly: months, as their 1sts) whose published figures are stored, per business:
-- a later report asks Yelp only for days outside them.
CREATE TABLE report_coverage (
    granularity          VARCHAR(8)   NOT NULL,
    business_id          VARCHAR      NOT NULL,
    first_day            DATE         NOT NULL,
    last_day             DATE         NOT NULL,
    PRIMARY KEY (granularity, business_id, first_day)
);
-- Report requests Yelp accepted and is still building: the next start goes on polling them.
CREATE TABLE report_requests (
    report_id            VARCHAR      NOT NULL PRIMARY KEY,
    granularity          VARCHAR(8)   NOT NULL,
    first_day            DATE         NOT NULL,
    last_day             DATE         NOT NULL,
    business_ids         VARCHAR      NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE,
    last_polled_at       TIMESTAMP WITH TIME ZONE,
    polls                INTEGER      NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    problem              VARCHAR
);
