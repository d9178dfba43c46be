package io.adsdesk.model;

import java.math.BigDecimal;

/**
 * Page-upgrade pricing as the API gives it. The unit (dollars or cents) is not documented,
 * so the raw numbers are kept and shown as received.
 */
public record PageUpgradeInfo(BigDecimal monthlyRate, BigDecimal cost) {
}
