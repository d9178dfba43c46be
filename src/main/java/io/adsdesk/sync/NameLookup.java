package io.adsdesk.sync;

import io.adsdesk.api.BusinessInfoDto;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.Business;
import io.adsdesk.registry.ProgramRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Business names through Business Info: for businesses never named and for names older than the
 * refresh age, so renamed businesses do not stay stale forever. Lookups start in request slots the
 * paging leaves idle at its end, so they rarely add a round trip; the names are stored only after
 * the programs are. Used from the sync thread only.
 */
final class NameLookup {
    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final SyncOptions options;
    private final CallBatch<List<BusinessInfoDto>> lookups;
    private final Set<String> wanted = new LinkedHashSet<>();
    private final Set<String> requested = new LinkedHashSet<>();
    private Map<String, Business> known;
    private int submitted;

    NameLookup(PartnerApiClient client, ProgramRegistry registry, SyncOptions options, ParallelCalls calls,
               BooleanSupplier cancelled) {
        this.client = client;
        this.registry = registry;
        this.options = options;
        this.lookups = new CallBatch<>(calls.pool(), cancelled, options.stallTimeout(),
                i -> "business names (request " + (i + 1) + ")");
    }

    /** Businesses seen in the account. */
    void offer(Iterable<String> businessIds) {
        businessIds.forEach(wanted::add);
    }

    /** Uses up to {@code idleSlots} free request slots for lookups that are due. */
    void fillIdle(int idleSlots) {
        for (int i = 0; i < idleSlots && submitNext(); i++) {
            // one batch of up to 200 businesses per free slot
        }
    }

    /**
     * Requests whatever is still due, waits for every lookup, and stores the names. Returns how
     * many businesses were refreshed.
     */
    int finish(SyncProgress progress) throws PartnerApiException, InterruptedException {
        while (submitNext()) {
            // the rest, after paging
        }
        progress.update(SyncPhase.BUSINESS_NAMES, 0, submitted, 0, requested.size());
        Instant now = options.clock().instant();
        List<Business> fresh = new ArrayList<>();
        int done = 0;
        while (lookups.hasPending()) {
            for (BusinessInfoDto b : lookups.next().value()) {
                if (b.yelpBusinessId() != null) {
                    fresh.add(toBusiness(b, now));
                }
            }
            progress.update(SyncPhase.BUSINESS_NAMES, ++done, submitted, 0, requested.size());
        }
        if (!fresh.isEmpty()) {
            registry.upsertBusinesses(fresh);
        }
        return fresh.size();
    }

    /** Abandons lookups still running. */
    void cancel() {
        lookups.close();
    }

    private boolean submitNext() {
        List<String> batch = new ArrayList<>(PartnerApiClient.MAX_IDS_PER_CALL);
        for (String id : wanted) {
            if (!requested.contains(id) && isDue(id)) {
                batch.add(id);
                if (batch.size() == PartnerApiClient.MAX_IDS_PER_CALL) {
                    break;
                }
            }
        }
        if (batch.isEmpty()) {
            return false;
        }
        requested.addAll(batch);
        List<String> ids = List.copyOf(batch);
        lookups.submit(submitted++, () -> client.businessInfo(ids));
        return true;
    }

    private boolean isDue(String id) {
        if (known == null) {
            known = registry.findBusinesses().stream()
                    .collect(Collectors.toMap(Business::yelpBusinessId, Function.identity(), (a, b) -> a));
        }
        Business b = known.get(id);
        Instant staleBefore = options.clock().instant().minus(options.nameRefreshAge());
        return b == null || b.name() == null || b.refreshedAt() == null || b.refreshedAt().isBefore(staleBefore);
    }

    private static Business toBusiness(BusinessInfoDto b, Instant now) {
        return new Business(b.yelpBusinessId(), blankToNull(b.name()),
                b.additionalBizInfo() == null ? null : b.additionalBizInfo().partnerBusinessId(),
                blankToNull(b.city()), Boolean.TRUE.equals(b.isClosed()), Boolean.TRUE.equals(b.isRemovedFromSearch()), now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
