package io.adsdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of Program List All ({@code GET /programs/v1}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramPageDto(
        String programStatus,
        Integer total,
        Integer offset,
        Integer limit,
        List<ProgramDto> paymentPrograms) {
}
