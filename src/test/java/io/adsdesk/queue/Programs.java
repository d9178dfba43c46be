package io.adsdesk.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.time.LocalDate;
import java.util.List;

/** Programs for queue tests: running CPC programs and others, dated around 2026-03-19. */
final class Programs {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Programs() {
    }

    /** A running CPC program with manual bidding. */
    static Program cpc(String id, long budgetCents, Long maxBidCents) {
        return new Program(id, "CPC", START, null, true, false, budgetCents, maxBidCents, "USD", maxBidCents == null,
                FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                List.of("plumbing"), List.of(), List.of(), List.of(), null);
    }

    static Program paused(String id) {
        Program p = cpc(id, 5000, 100L);
        return new Program(id, "CPC", p.startDate(), null, true, true, 5000L, 100L, "USD", false,
                FeePeriod.CALENDAR_MONTH, 0, 0, 0L, p.businesses(), p.adCategories(), List.of(), List.of(), List.of(), null);
    }

    static Program ended(String id) {
        return new Program(id, "CPC", START, LocalDate.of(2026, 2, 1), false, false, 5000L, 100L, "USD", false,
                FeePeriod.CALENDAR_MONTH, 0, 0, 0L, List.of(new ProgramBusiness("biz-" + id, null)), List.of(),
                List.of(), List.of(), List.of(), null);
    }

    static Program logo(String id) {
        return new Program(id, "LOGO", START, null, true, false, null, null, null, null, null, 0, 0, null,
                List.of(new ProgramBusiness("biz-" + id, null)), List.of(), List.of(), List.of(), List.of(), null);
    }
}
