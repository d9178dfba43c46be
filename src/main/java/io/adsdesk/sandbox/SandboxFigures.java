package io.adsdesk.sandbox;

import java.time.LocalDate;

/**
 * The sandbox's deterministic report figures: one program's billed impressions, clicks and cost
 * (cents) on one day, derived from its type, budget and bid and a hash of its ID and the date. CPC
 * programs spend around their monthly budget spread over the month, each at its own pace (some
 * under-spend, some run out early); other types spend their monthly fee spread over the month.
 */
final class SandboxFigures {
    /** One program-day. */
    record Day(long impressions, long clicks, long costCents) {
    }

    private SandboxFigures() {
    }

    /** The figures of {@code p} on {@code date}; zero when it did not run that day. */
    static Day of(SandboxProgram p, LocalDate date) {
        if (date.isBefore(p.startDate()) || date.isAfter(p.endDate())) {
            return new Day(0, 0, 0);
        }
        double h = unit(p.id().hashCode() * 31L + date.toEpochDay() * 1_000_003L);
        int days = date.lengthOfMonth();
        if ("CPC".equals(p.type())) {
            double pace = 0.5 + 0.8 * unit(p.id().hashCode());
            long cost = Math.round(p.budget() / (double) days * pace * (0.85 + 0.3 * h));
            long perClick = p.maxBid() != null && p.maxBid() > 0 ? Math.max(50, p.maxBid() * 3 / 4)
                    : 150 + Math.round(250 * unit(p.id().hashCode() + 7L));
            long clicks = cost / perClick;
            long impressions = clicks * (30 + Math.round(50 * h)) + 20;
            return new Day(impressions, clicks, cost);
        }
        long cost = p.budget() / days;
        long impressions = 50 + Math.round(200 * h);
        return new Day(impressions, impressions / 80, cost);
    }

    /** A number in [0, 1) from a seed, the same every time. */
    private static double unit(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
