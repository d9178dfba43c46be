package io.adsdesk.ui.programs;

import io.adsdesk.ui.common.Formats;

import java.util.Locale;

/**
 * An entry of the business filter: a business and how many programs cover it, or {@link #ALL}.
 *
 * @param businessId null only for {@link #ALL}
 */
public record BusinessOption(String businessId, String name, int programCount) {
    public static final BusinessOption ALL = new BusinessOption(null, "All businesses", 0);

    public boolean isAll() {
        return businessId == null;
    }

    /** Same business, whatever its count. */
    public boolean sameBusiness(BusinessOption other) {
        return other != null && java.util.Objects.equals(businessId, other.businessId);
    }

    /** Type-to-search: matches the name or the ID, case-insensitively. */
    public boolean matches(String lowerCaseQuery) {
        if (isAll() || lowerCaseQuery.isEmpty()) {
            return true;
        }
        return name.toLowerCase(Locale.ROOT).contains(lowerCaseQuery)
                || businessId.toLowerCase(Locale.ROOT).contains(lowerCaseQuery);
    }

    public String label() {
        if (isAll()) {
            return name;
        }
        return name + " (" + Formats.count(programCount) + (programCount == 1 ? " program)" : " programs)");
    }

    @Override
    public String toString() {
        return label();
    }
}
