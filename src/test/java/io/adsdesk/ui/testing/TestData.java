package io.adsdesk.ui.testing;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deterministic programs and businesses for tests. "Today" is {@link #TODAY}. */
public final class TestData {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private TestData() {
    }

    public static Program program(String id, String type, String businessId, LocalDate start, LocalDate end,
                                  boolean active, boolean paused) {
        return new Program(id, type, start, end, active, paused, 50_000L, 250L, "USD", Boolean.FALSE,
                FeePeriod.CALENDAR_MONTH, 12_345, 321, 40_012L,
                List.of(new ProgramBusiness(businessId, null)), List.of("restaurants"),
                List.of("AD_GOAL", "CALL_TRACKING"), List.of("AD_GOAL", "CALL_TRACKING", "LINK_TRACKING"),
                List.of(new FutureBudgetChange(60_000L, TODAY.plusDays(20), 50_000L)), null);
    }

    public static Program current(String id, String type, String businessId) {
        return program(id, type, businessId, TODAY.minusDays(30), null, true, false);
    }

    public static Business business(String id, String name) {
        return new Business(id, name, null, "San Francisco", false, false, Instant.parse("2026-03-01T00:00:00Z"));
    }

    /**
     * {@code n} programs over {@code businessCount} businesses "biz-000"… named "Business 000"…;
     * business i gets programs round-robin, statuses and types cycle.
     */
    public static List<Program> programs(int n, int businessCount) {
        List<Program> list = new ArrayList<>(n);
        ProgramType[] types = ProgramType.values();
        for (int i = 0; i < n; i++) {
            String biz = businessId(i % businessCount);
            String type = types[i % types.length].name();
            String id = "prog-%05d".formatted(i);
            list.add(switch (i % 4) {
                case 0 -> program(id, type, biz, TODAY.minusDays(10), null, true, false);          // CURRENT
                case 1 -> program(id, type, biz, TODAY.minusDays(90), TODAY.minusDays(30), false, false); // PAST
                case 2 -> program(id, type, biz, TODAY.plusDays(10), TODAY.plusDays(40), false, false);   // FUTURE
                default -> program(id, type, biz, TODAY.minusDays(10), null, true, true);           // PAUSED
            });
        }
        return list;
    }

    public static List<Business> businesses(int businessCount) {
        List<Business> list = new ArrayList<>();
        for (int i = 0; i < businessCount; i++) {
            list.add(business(businessId(i), "Business %03d".formatted(i)));
        }
        return list;
    }

    public static String businessId(int i) {
        return "biz-%03d".formatted(i);
    }
}
