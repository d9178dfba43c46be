package io.adsdesk.sync;

import io.adsdesk.api.BusinessInfoDto;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.Business;
import io.adsdesk.registry.ProgramRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves business names through Business Info after the programs are stored: names never
 * fetched, and names older than the refresh age, so renamed businesses do not stay stale forever.
 */
final class BusinessNames {
    private final PartnerApiClient client;
    private final ParallelCalls calls;
    private final SyncOptions options;

    BusinessNames(PartnerApiClient client, ParallelCalls calls, SyncOptions options) {
        this.client = client;
        this.calls = calls;
        this.options = options;
    }

    /** Returns how many businesses were refreshed. */
    int refresh(ProgramRegistry registry, Collection<String> businessIds, SyncProgress progress, BooleanSupplier cancelled)
            throws PartnerApiException, InterruptedException {
        Instant now = options.clock().instant();
        Instant staleBefore = now.minus(options.nameRefreshAge());
        Map<String, Business> known = registry.findBusinesses().stream()
                .collect(Collectors.toMap(Business::yelpBusinessId, Function.identity(), (a, b) -> a));
        List<String> due = businessIds.stream()
                .filter(id -> {
                    Business b = known.get(id);
                    return b == null || b.name() == null || b.refreshedAt() == null || b.refreshedAt().isBefore(staleBefore);
                })
                .distinct()
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        List<CallBatch.ApiCall<List<BusinessInfoDto>>> batches = new ArrayList<>();
        for (int i = 0; i < due.size(); i += PartnerApiClient.MAX_IDS_PER_CALL) {
            List<String> batch = due.subList(i, Math.min(due.size(), i + PartnerApiClient.MAX_IDS_PER_CALL));
            batches.add(() -> client.businessInfo(batch));
        }
        int[] done = {0};
        progress.update(SyncPhase.BUSINESS_NAMES, 0, batches.size(), 0, due.size());
        List<List<BusinessInfoDto>> answers = calls.runAll(batches, cancelled, (answer, i) ->
                progress.update(SyncPhase.BUSINESS_NAMES, ++done[0], batches.size(), 0, due.size()));
        List<Business> fresh = new ArrayList<>();
        for (List<BusinessInfoDto> answer : answers) {
            for (BusinessInfoDto b : answer) {
                if (b.yelpBusinessId() != null) {
                    fresh.add(new Business(b.yelpBusinessId(), blankToNull(b.name()),
                            b.additionalBizInfo() == null ? null : b.additionalBizInfo().partnerBusinessId(),
                            blankToNull(b.city()), Boolean.TRUE.equals(b.isClosed()),
                            Boolean.TRUE.equals(b.isRemovedFromSearch()), now));
                }
            }
        }
        registry.upsertBusinesses(fresh);
        return fresh.size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
