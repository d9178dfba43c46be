package io.adsdesk.reports;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.Granularity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Yelp's documented Reporting API limits, and when a day's figures are published. Checked before
 * anything is sent.
 */
public final class ReportLimits {
    /** Businesses per report request. */
    public static final int MAX_BUSINESSES = 500;
    /** Days per daily report request. */
    public static final int MAX_DAILY_DAYS = 89;
    /** Months per monthly report request. */
    public static final int MAX_MONTHS = 3;
    /** How far back reports reach, in days before today (Pacific). */
    public static final int LOOKBACK_DAYS = 730;
    /** Advertiser figures of a day are published at about this time (Pacific) the next day. */
    public static final LocalTime PUBLISHED_AT = LocalTime.of(10, 0);

    private ReportLimits() {
    }

    /**
     * Why the range cannot be reported, in plain words; null when it can. The range itself is
     * already ordered ({@link DateRange} refuses an end before its start).
     */
    public static String problem(Granularity granularity, DateRange range, LocalDate today) {
        LocalDate first = granularity == Granularity.MONTHLY ? range.from().withDayOfMonth(1) : range.from();
        LocalDate oldest = today.minusDays(LOOKBACK_DAYS);
        if (first.isBefore(oldest)) {
            return "Yelp keeps report figures for " + LOOKBACK_DAYS + " days: " + first + " is before " + oldest
                    + ", the oldest day it can report on today";
        }
        if (range.from().isAfter(today)) {
            return "The range starts on " + range.from() + ", after today (" + today + "): there are no figures yet";
        }
        return null;
    }

    /**
     * The last day whose figures are published and will never change: yesterday from 10:00 Pacific
     * on, the day before yesterday until then.
     */
    public static LocalDate lastPublishedDay(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(PacificDate.ZONE));
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        return now.toLocalTime().isBefore(PUBLISHED_AT) ? yesterday.minusDays(1) : yesterday;
    }
}
