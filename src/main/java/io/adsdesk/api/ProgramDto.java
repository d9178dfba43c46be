package io.adsdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * One program as List All, Program List and Program Info send it (snake_case on the wire). Money
 * arrives as the exact number sent (the contract says integer cents; what is not is the reader's
 * to judge). Lists may hold nulls, as sent.
 *
 * @param raw the program's JSON as sent (not part of the wire form); null when not kept
 * @param readProblem why the entry could not be read into this form at all, in plain words; null
 *                    when it was. An unreadable entry carries only its ID (when it had a readable
 *                    one) and its raw JSON.
 */
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
        String partnerBusinessId,
        @JsonIgnore JsonNode raw,
        @JsonIgnore String readProblem) {

    /** An entry that could not be read: only its ID (null if it had none) and the JSON as sent. */
    public static ProgramDto unreadable(String programId, JsonNode raw, String problem) {
        return new ProgramDto(programId, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, raw, problem);
    }

    /** This entry with the JSON it was read from. */
    public ProgramDto withRaw(JsonNode json) {
        return new ProgramDto(programId, programType, startDate, endDate, programStatus, programPauseStatus,
                programMetrics, businesses, futureBudgetChanges, pageUpgradeInfo, activeFeatures, availableFeatures,
                adCategories, yelpBusinessId, partnerBusinessId, json, readProblem);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MetricsDto(
            BigDecimal budget,
            String currency,
            Boolean isAutobid,
            BigDecimal maxBid,
            Long billedImpressions,
            Long billedClicks,
            BigDecimal adCost,
            String feePeriod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BusinessRefDto(String yelpBusinessId, String partnerBusinessId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FutureBudgetChangeDto(BigDecimal newBudget, String startDate, BigDecimal oldBudget) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageUpgradeInfoDto(BigDecimal monthlyRate, BigDecimal cost) {
    }
}
