package io.adsdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Program Info ({@code GET /v1/programs/info/{ids}}): the programs found, and errors for the rest. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramInfoDto(List<ProgramDto> programs, List<JsonNode> errors) {
}
