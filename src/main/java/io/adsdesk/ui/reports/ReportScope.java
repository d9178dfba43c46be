package io.adsdesk.ui.reports;

import java.util.List;

/**
 * Whose figures a report shows: the whole account, one business, or some programs.
 *
 * @param businessId the business of {@link Kind#BUSINESS}, else null
 * @param programIds the programs of {@link Kind#PROGRAMS}, else empty
 */
public record ReportScope(Kind kind, String businessId, List<String> programIds) {
    public static final ReportScope ACCOUNT = new ReportScope(Kind.ACCOUNT, null, List.of());

    public enum Kind {
        ACCOUNT("Account"),
        BUSINESS("Business"),
        PROGRAMS("Selected programs");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReportScope {
        programIds = List.copyOf(programIds);
    }

    public static ReportScope business(String businessId) {
        return new ReportScope(Kind.BUSINESS, businessId, List.of());
    }

    public static ReportScope programs(List<String> programIds) {
        return new ReportScope(Kind.PROGRAMS, null, programIds);
    }
}
