package io.adsdesk.model;

import java.math.BigDecimal;

/**
 * Page-upgrade pricing as the API gives it. The unit (dollars or cents) is not documented,
 * so the raw numbers are kept and shown as received.
 */
public record PageUpgradeInfo(BigDecimal monthlyRate, BigDecimal cost) {

    /** Scale is not part of the value: 99.5 and 99.5000 are the same price. */
    public PageUpgradeInfo {
        monthlyRate = monthlyRate == null ? null : monthlyRate.stripTrailingZeros();
        cost = cost == null ? null : cost.stripTrailingZeros();
    }
}
