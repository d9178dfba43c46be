package io.adsdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One business from Business Info ({@code GET /v1/business_info/{ids}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessInfoDto(
        String yelpBusinessId,
        String name,
        String city,
        String state,
        String country,
        Boolean isClosed,
        Boolean isRemovedFromSearch,
        AdditionalInfoDto additionalBizInfo) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdditionalInfoDto(String partnerBusinessId) {
    }
}
