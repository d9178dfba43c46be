package io.adsdesk.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a job's parameters and verdict into its receipt: one entry per parameter sent, rejection
 * cascading down as PARENT_WAS_REJECTED, and for a PARTIAL outcome some entries rejected while the
 * rest complete.
 */
final class ReceiptBuilder {
    /** The create parameters a PARTIAL outcome rejects; the program is made without them. */
    private static final Set<String> OPTIONAL_ON_CREATE = Set.of("promotion_code", "end", "pacing_method",
            "fee_period", "ad_categories");

    private ReceiptBuilder() {
    }

    /**
     * The parameters a PARTIAL outcome rejects: on create the optional ones sent, on edit all but
     * the first one sent, on end none.
     */
    static Set<String> partialRejections(JobKind kind, ProgramParams p) {
        List<String> sent = new ArrayList<>(p.echoes().stream().map(ProgramParams.Echo::name).toList());
        if (p.adCategories() != null) {
            sent.add("ad_categories");
        }
        return switch (kind) {
            case CREATE -> new LinkedHashSet<>(sent.stream().filter(OPTIONAL_ON_CREATE::contains).toList());
            case EDIT -> new LinkedHashSet<>(sent.subList(Math.min(1, sent.size()), sent.size()));
            case END -> Set.of();
        };
    }

    /**
     * @param partial the PARTIAL outcome's error for {@code rejectedByPartial}, or null
     * @param programId the new program's ID on create, the program's on edit/end
     */
    static Receipt build(JobKind kind, String identifier, ProgramParams p, Verdict verdict, JobError partial,
                         Set<String> rejectedByPartial, String programId) {
        if (verdict.businessError() != null) {
            return new Receipt(kind, identifier, Receipt.REJECTED, verdict.businessError(), null);
        }
        boolean rejected = !verdict.ok();
        String status = rejected ? Receipt.REJECTED : Receipt.COMPLETED;
        if (kind == JobKind.END) {
            Receipt.Group group = new Receipt.Group(status, verdict.groupError(), Map.of(), null, programId);
            return new Receipt(kind, identifier, status, null, group);
        }
        Set<String> partly = partial == null || rejected ? Set.of() : rejectedByPartial;
        Map<String, Receipt.Node> fields = new LinkedHashMap<>();
        for (ProgramParams.Echo echo : p.echoes()) {
            fields.put(echo.name(), node(rejected, partly.contains(echo.name()) ? partial : null, echo.value()));
        }
        if (p.adCategories() != null) {
            fields.put("ad_categories", categories(p.adCategories(), verdict,
                    partly.contains("ad_categories") ? partial : null));
        }
        Receipt.Node id = rejected ? null : Receipt.Node.of(Receipt.COMPLETED, null, programId);
        return new Receipt(kind, identifier, status, null,
                new Receipt.Group(status, verdict.groupError(), fields, id, null));
    }

    private static Receipt.Node node(boolean parentRejected, JobError ownError, String value) {
        if (parentRejected) {
            return Receipt.Node.of(Receipt.REJECTED, JobError.parentWasRejected(), value);
        }
        if (ownError != null) {
            return Receipt.Node.of(Receipt.REJECTED, ownError, value);
        }
        return Receipt.Node.of(Receipt.COMPLETED, null, value);
    }

    /** The ad_categories list node: bad aliases fail themselves and the list; the rest inherit. */
    private static Receipt.Node categories(List<String> aliases, Verdict verdict, JobError partial) {
        Set<Integer> bad = verdict.badCategoryIndexes();
        boolean listFailed = !bad.isEmpty() || partial != null;
        boolean rejected = !verdict.ok() || partial != null;
        List<Receipt.Node> items = new ArrayList<>(aliases.size());
        for (int i = 0; i < aliases.size(); i++) {
            JobError own = bad.contains(i) ? JobError.of("CATEGORY_ALIAS_NOT_RECOGNIZED") : null;
            items.add(own != null ? Receipt.Node.of(Receipt.REJECTED, own, aliases.get(i))
                    : node(rejected, null, aliases.get(i)));
        }
        JobError listError = !bad.isEmpty() ? JobError.of("INVALID_LIST_INDEXES")
                : partial != null ? partial : rejected ? JobError.parentWasRejected() : null;
        return new Receipt.Node(rejected || listFailed ? Receipt.REJECTED : Receipt.COMPLETED, listError, null,
                List.copyOf(items));
    }
}
