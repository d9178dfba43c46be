package io.adsdesk.model.report;

import java.util.Objects;
import java.util.Set;

/**
 * What a chart covers: the whole account, one business, or a set of programs.
 *
 * @param businessId the business for {@link Kind#BUSINESS}, else null
 * @param programIds the programs for {@link Kind#PROGRAMS}, else empty
 */
public record ReportScope(Kind kind, String businessId, Set<String> programIds) {

    public enum Kind {
        ACCOUNT,
        BUSINESS,
        PROGRAMS
    }

    public ReportScope {
        Objects.requireNonNull(kind, "kind");
        programIds = Set.copyOf(programIds == null ? Set.of() : programIds);
        if (kind == Kind.BUSINESS && (businessId == null || businessId.isBlank())) {
            throw new IllegalArgumentException("a business scope needs a business ID");
        }
        if (kind != Kind.BUSINESS) {
            businessId = null;
        }
        if (kind != Kind.PROGRAMS) {
            programIds = Set.of();
        }
    }

    public static ReportScope account() {
        return new ReportScope(Kind.ACCOUNT, null, Set.of());
    }

    public static ReportScope business(String businessId) {
        return new ReportScope(Kind.BUSINESS, businessId, Set.of());
    }

    public static ReportScope programs(Set<String> programIds) {
        return new ReportScope(Kind.PROGRAMS, null, programIds);
    }

    /** Whether the row falls in this scope. */
    public boolean includes(FigureRow row) {
        return includes(row.businessId(), row.programId());
    }

    /** Whether a business's program falls in this scope. */
    public boolean includes(String business, String program) {
        return switch (kind) {
            case ACCOUNT -> true;
            case BUSINESS -> businessId.equals(business);
            case PROGRAMS -> programIds.contains(program);
        };
    }
}
