package io.adsdesk.actions;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramInfoDto;
import io.adsdesk.model.Program;
import io.adsdesk.sync.ProgramMapper;

import java.util.List;
import java.util.Optional;

/** Reads one program live with Program Info, mapped the way the sync maps it. */
final class ProgramReader {
    private final PartnerApiClient client;

    ProgramReader(PartnerApiClient client) {
        this.client = client;
    }

    /** Empty when Yelp does not return it (unknown, or not this account's). */
    Optional<Program> read(String programId) throws PartnerApiException, InterruptedException {
        ProgramInfoDto info = client.programInfo(List.of(programId));
        return info.programs().stream()
                .filter(p -> programId.equals(p.programId()))
                .findFirst()
                .map(ProgramMapper::toModel);
    }
}
