/**
 * The Reports view: a date range and a scope, charts of spend, clicks, impressions, CTR and cost per
 * click over time, spend by program type, the top businesses, budget pacing of CPC programs this month,
 * the report Yelp is building, and CSV and PNG exports. The reporting machinery is reached through
 * {@link io.adsdesk.ui.reports.ReportSource}, which the app's wiring implements.
 */
package io.adsdesk.ui.reports;
