package io.adsdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One program as List All, Program List and Program Info send it (snake_case on the wire). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramDto(
        String programId,
        String programType,
        String startDate,
        String endDate,
        String programStatus,
        String programPauseStatus,
        MetricsDto programMetrics,
        List<BusinessRefDto> businesses,
        List<FutureBudgetChangeDto> futureBudgetChanges,
        PageUpgradeInfoDto pageUpgradeInfo,
        List<String> activeFeatures,
        List<String> availableFeatures,
        List<String> adCategories,
        String yelpBusinessId,
        String partnerBusinessId) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MetricsDto(
            Long budget,
            String currency,
            Boolean isAutobid,
            Long maxBid,
            Long billedImpressions,
            Long billedClicks,
            Long adCost,
            String feePeriod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BusinessRefDto(String yelpBusinessId, String partnerBusinessId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FutureBudgetChangeDto(Long newBudget, String startDate, Long oldBudget) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageUpgradeInfoDto(java.math.BigDecimal monthlyRate, java.math.BigDecimal cost) {
    }
}
