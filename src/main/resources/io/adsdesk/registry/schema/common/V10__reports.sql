-- Performance figures from Yelp's Reporting API, kept for good (published figures never change).
-- One row per granularity (DAILY, MONTHLY), business, program and period: daily figures of one calendar
-- month (period_start = its 1st), monthly figures of one calendar year (period_start = 1 January).
-- The figure columns hold one value per day (month) of the period, comma-separated, empty where there is
-- no figure: a year of 2,000 businesses reads as some 36,000 rows, not a million.
CREATE TABLE report_figures (
    granularity          VARCHAR(8)   NOT NULL,
    business_id          VARCHAR      NOT NULL,
    program_id           VARCHAR      NOT NULL,
    period_start         DATE         NOT NULL,
    program_type         VARCHAR      NOT NULL,
    billed_impressions   VARCHAR      NOT NULL,
    billed_clicks        VARCHAR      NOT NULL,
    ad_cost_cents        VARCHAR      NOT NULL,
    PRIMARY KEY (granularity, business_id, program_id, period_start)
);
CREATE INDEX report_figures_by_period ON report_figures (granularity, period_start);
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
