package io.adsdesk.model.report;

import java.util.List;

/**
 * Spend of one program type, one value per point of the series it belongs to (same order, same
 * length, zero where nothing was spent): one layer of the stacked spend chart.
 */
public record TypeSpend(String programType, List<Long> costCents) {
    public TypeSpend {
        costCents = List.copyOf(costCents);
    }

    public long totalCents() {
        return costCents.stream().mapToLong(Long::longValue).sum();
    }
}
