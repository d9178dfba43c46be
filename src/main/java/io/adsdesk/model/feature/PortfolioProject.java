package io.adsdesk.model.feature;

import java.util.List;

/**
 * One portfolio project (Portfolio sub-API). Enum fields hold Yelp's wire values; see the constants.
 * {@code completionYear}/{@code completionMonth} may be null.
 */
public record PortfolioProject(String name, String description, String callToAction, List<String> serviceOfferings,
                               String cost, String duration, Integer completionYear, Integer completionMonth,
                               boolean published) {
    public static final List<String> CALLS_TO_ACTION = List.of("WEBSITE", "CALL", "BOOK_APPOINTMENT", "GET_QUOTE", "LEARN_MORE");
    public static final List<String> COSTS = List.of("UNDER_100", "100_500", "500_1000", "1000_5000", "5000_PLUS");
    public static final List<String> DURATIONS = List.of("UNDER_1_WEEK", "1_2_WEEKS", "2_4_WEEKS", "1_3_MONTHS", "3_PLUS_MONTHS");
    public static final int MAX_SERVICE_OFFERINGS = 4;

    public PortfolioProject {
        serviceOfferings = Text.copy(serviceOfferings).stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** A new, empty draft (what Yelp creates). */
    public static PortfolioProject draft() {
        return new PortfolioProject(null, null, null, List.of(), null, null, null, null, false);
    }
}
