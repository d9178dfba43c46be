package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.api.ProgramPageDto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Downloads every program of the account through List All: the first page tells the total, the
 * rest are fetched in parallel. De-duplicates by program ID and checks the pages agree with each
 * other; a result that does not add up is re-paged (the account changed meanwhile) before it is
 * trusted.
 */
final class PageFetcher {

    /** Programs by ID in API order, plus what the paging saw. */
    record Fetched(Map<String, ProgramDto> programs, int pages, String warning) {
    }

    /** Thrown when paging never produced a consistent picture of the account. */
    static final class DriftException extends Exception {
        DriftException(String message) {
            super(message);
        }
    }

    private final PartnerApiClient client;
    private final ParallelCalls calls;
    private final SyncOptions options;

    PageFetcher(PartnerApiClient client, ParallelCalls calls, SyncOptions options) {
        this.client = client;
        this.calls = calls;
        this.options = options;
    }

    Fetched fetchAll(SyncProgress progress, BooleanSupplier cancelled)
            throws PartnerApiException, InterruptedException, DriftException {
        Paging previous = null;
        for (int attempt = 0; ; attempt++) {
            Paging paging = page(progress, cancelled);
            if (paging.consistent()) {
                return new Fetched(paging.programs, paging.pages, null);
            }
            if (previous != null && previous.programs.keySet().equals(paging.programs.keySet())) {
                // Two pagings agree on every ID: the list is stable, only the API's count is off.
                return new Fetched(paging.programs, paging.pages, paging.describe() + "; two downloads agreed, so they were used");
            }
            if (attempt >= options.driftRetries()) {
                throw new DriftException("The account changed while it was being downloaded (" + paging.describe()
                        + "), so nothing was changed. Sync again in a moment.");
            }
            previous = paging;
        }
    }

    private Paging page(SyncProgress progress, BooleanSupplier cancelled) throws PartnerApiException, InterruptedException {
        int size = options.pageSize();
        progress.update(SyncPhase.FETCHING, 0, -1, 0, -1);
        ProgramPageDto first = client.listAllPage(0, size);
        int total = first.total();
        int pages = Math.max(1, (total + size - 1) / size);
        AtomicInteger programsDone = new AtomicInteger(first.paymentPrograms().size());
        progress.update(SyncPhase.FETCHING, 1, pages, programsDone.get(), total);

        List<ParallelCalls.ApiCall<ProgramPageDto>> rest = new ArrayList<>(pages - 1);
        for (int p = 1; p < pages; p++) {
            int offset = p * size;
            rest.add(() -> client.listAllPage(offset, size));
        }
        AtomicInteger pagesDone = new AtomicInteger(1);
        List<ProgramPageDto> others = calls.runAll(rest, cancelled, (page, i) -> progress.update(SyncPhase.FETCHING,
                pagesDone.incrementAndGet(), pages, programsDone.addAndGet(page.paymentPrograms().size()), total));
        Paging paging = new Paging(total, pages);
        paging.add(first);
        others.forEach(paging::add);
        return paging;
    }

    /** What one full paging saw. */
    private static final class Paging {
        final int total;
        final int pages;
        final Map<String, ProgramDto> programs = new LinkedHashMap<>();
        int received;
        boolean totalsAgree = true;

        Paging(int total, int pages) {
            this.total = total;
            this.pages = pages;
        }

        void add(ProgramPageDto page) {
            if (page.total() == null || page.total() != total) {
                totalsAgree = false;
            }
            for (ProgramDto p : page.paymentPrograms()) {
                if (p.programId() != null && !p.programId().isBlank()) {
                    programs.put(p.programId(), p);
                }
                received++;
            }
        }

        boolean consistent() {
            return totalsAgree && programs.size() == total;
        }

        String describe() {
            String s = "the API announced " + total + " programs and listed " + programs.size();
            return totalsAgree ? s : s + ", and its total changed between pages";
        }
    }
}
