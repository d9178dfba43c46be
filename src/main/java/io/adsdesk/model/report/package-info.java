/**
 * Performance report figures as plain records: one row per business, program and day (or month),
 * date ranges, report scopes, chart series, budget pacing and the state of report requests Yelp is
 * still building. The JDK only.
 */
package io.adsdesk.model.report;
