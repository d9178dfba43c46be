package io.adsdesk.ui.programs;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The table filter as a pure value: business, status, type and search text. No toolkit; the view
 * model applies the current filter to its rows whenever it changes.
 */
public record ProgramFilter(BusinessOption business, StatusFilter status, TypeFilter type, String text) {
    public static final ProgramFilter NONE = new ProgramFilter(BusinessOption.ALL, StatusFilter.ALL, TypeFilter.ALL, "");

    public ProgramFilter {
        business = business == null ? BusinessOption.ALL : business;
        status = status == null ? StatusFilter.ALL : status;
        type = type == null ? TypeFilter.ALL : type;
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public static ProgramFilter of(BusinessOption business, StatusFilter status, TypeFilter type, String text) {
        return new ProgramFilter(business, status, type, text);
    }

    public boolean matchesBusiness(ProgramRow row) {
        return business.isAll() || row.coversBusiness(business.businessId());
    }

    public boolean matchesStatus(ProgramRow row) {
        return status.matches(row.status());
    }

    public boolean matchesType(ProgramRow row) {
        return type.matches(row.program().programType());
    }

    public boolean matchesText(ProgramRow row) {
        return text.isEmpty() || row.searchKey().contains(text);
    }

    public boolean test(ProgramRow row) {
        return matchesBusiness(row) && matchesStatus(row) && matchesType(row) && matchesText(row);
    }

    public Predicate<ProgramRow> asPredicate() {
        return this::test;
    }

    /**
     * After new data arrives: each of business, status and type that on its own matches no row any
     * more falls back to "All", so a stale choice never hides everything. Search text stays.
     */
    public ProgramFilter fallBackToAll(Collection<ProgramRow> rows) {
        if (rows.isEmpty()) {
            return new ProgramFilter(BusinessOption.ALL, StatusFilter.ALL, TypeFilter.ALL, text);
        }
        boolean anyBusiness = business.isAll() || rows.stream().anyMatch(this::matchesBusiness);
        boolean anyStatus = status.isAll() || rows.stream().anyMatch(this::matchesStatus);
        boolean anyType = type.isAll() || rows.stream().anyMatch(this::matchesType);
        return new ProgramFilter(
                anyBusiness ? business : BusinessOption.ALL,
                anyStatus ? status : StatusFilter.ALL,
                anyType ? type : TypeFilter.ALL,
                text);
    }

    /**
     * Whether every row this filter matches is also matched by {@code previous}: each choice is the
     * same or was "All" before, and the search text only grew. Then refiltering only the rows
     * {@code previous} let through gives the same result; typing a search word is the common case.
     */
    public boolean narrows(ProgramFilter previous) {
        return previous != null
                && (previous.business.isAll() || previous.business.equals(business))
                && status.within(previous.status)
                && type.within(previous.type)
                && text.contains(previous.text);
    }

    /** Whether business, status and type are all "All" (the search text is not looked at). */
    public boolean choicesAreAll() {
        return business.isAll() && status.isAll() && type.isAll();
    }

    public boolean isEmpty() {
        return business.isAll() && status.isAll() && type.isAll() && text.isEmpty();
    }
}
