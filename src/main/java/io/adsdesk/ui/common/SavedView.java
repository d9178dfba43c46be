package io.adsdesk.ui.common;

import java.util.List;

/**
 * A named view of the programs table as the settings file keeps it: filters, sort keys ("BUDGET:desc")
 * and hidden column IDs. Plain strings, so a value the app no longer knows is skipped, not fatal.
 *
 * @param businessId the chosen business; null for all
 * @param statuses the ticked statuses; empty for all
 * @param types the ticked program types; empty for all
 */
public record SavedView(String name, String businessId, List<String> statuses, List<String> types, String search,
                        List<String> sort, List<String> hiddenColumns) {
    public SavedView {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        types = types == null ? List.of() : List.copyOf(types);
        search = search == null ? "" : search;
        sort = sort == null ? List.of() : List.copyOf(sort);
        hiddenColumns = hiddenColumns == null ? List.of() : List.copyOf(hiddenColumns);
    }
}
