package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.api.ProgramInfoDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Before a program is deleted locally because List All no longer lists it, Program Info is asked
 * about it. A program Yelp still knows was missed by the paging (the list shifted under it) and is
 * kept, with Program Info's data, instead of being wrongly reported removed.
 */
final class RemovalCheck {
    private final PartnerApiClient client;
    private final ParallelCalls calls;

    RemovalCheck(PartnerApiClient client, ParallelCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    /**
     * Returns the candidates Yelp still knows, by ID. Routes these credentials may not use are
     * skipped (List All's word stands); an unavailable API fails the sync.
     */
    Map<String, ProgramDto> stillPresent(Set<String> candidates, BooleanSupplier cancelled)
            throws PartnerApiException, InterruptedException {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        List<String> ids = new ArrayList<>(candidates);
        List<CallBatch.ApiCall<ProgramInfoDto>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += PartnerApiClient.MAX_IDS_PER_CALL) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + PartnerApiClient.MAX_IDS_PER_CALL));
            batches.add(() -> client.programInfo(batch));
        }
        List<ProgramInfoDto> answers;
        try {
            answers = calls.runAll("Program Info", batches, cancelled, (a, i) -> { });
        } catch (PartnerApiException e) {
            if (e.kind() == PartnerApiException.Kind.NO_ACCESS || e.kind() == PartnerApiException.Kind.NOT_FOUND
                    || e.kind() == PartnerApiException.Kind.BAD_REQUEST) {
                return Map.of();
            }
            throw e;
        }
        Map<String, ProgramDto> present = new java.util.HashMap<>();
        for (ProgramInfoDto answer : answers) {
            for (ProgramDto p : answer.programs()) {
                if (p.programId() != null && candidates.contains(p.programId())) {
                    present.put(p.programId(), p);
                }
            }
        }
        return present;
    }
}
