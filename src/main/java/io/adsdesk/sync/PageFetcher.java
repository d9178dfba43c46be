package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.api.ProgramPageDto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Receives each page's programs as it arrives, on the calling thread; told when paging starts over. */
    interface PageSink {
        PageSink NONE = new PageSink() {
            @Override
            public void accept(List<ProgramDto> programs) {
            }

            @Override
            public void restart() {
            }
        };

        void accept(List<ProgramDto> programs);

        void restart();

        /** Request slots are free (the last pages are in flight): other work may use them. */
        default void idle(int freeSlots) {
        }
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

    Fetched fetchAll(SyncProgress progress, BooleanSupplier cancelled, PageSink sink)
            throws PartnerApiException, InterruptedException, DriftException {
        Paging previous = null;
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                sink.restart();
            }
            Paging paging = page(progress, cancelled, sink);
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

    /**
     * One full paging. The first {@code concurrency} pages are requested at once, before the total
     * is known (pages past the end come back empty and are ignored), so a full sync takes
     * ceil(pages / concurrency) round trips rather than one more.
     */
    private Paging page(SyncProgress progress, BooleanSupplier cancelled, PageSink sink)
            throws PartnerApiException, InterruptedException {
        int size = options.pageSize();
        progress.update(SyncPhase.FETCHING, 0, -1, 0, -1);
        int speculative = options.concurrency();
        Map<Integer, ProgramPageDto> pages = new java.util.TreeMap<>();
        int pageCount = -1;
        int programsDone = 0;
        try (CallBatch<ProgramPageDto> batch = new CallBatch<>(calls.pool(), cancelled)) {
            for (int p = 0; p < speculative; p++) {
                int offset = p * size;
                batch.submit(p, () -> client.listAllPage(offset, size));
            }
            int finished = 0;
            while (batch.hasPending()) {
                CallBatch.Done<ProgramPageDto> done = batch.next();
                pages.put(done.key(), done.value());
                programsDone += done.value().paymentPrograms().size();
                sink.accept(withIds(done.value().paymentPrograms()));
                if (done.key() == 0) {
                    pageCount = Math.max(1, (done.value().total() + size - 1) / size);
                    for (int p = speculative; p < pageCount; p++) {
                        int offset = p * size;
                        batch.submit(p, () -> client.listAllPage(offset, size));
                    }
                    int count = pageCount;
                    finished = (int) pages.keySet().stream().filter(k -> k < count).count();
                } else if (pageCount > 0 && done.key() < pageCount) {
                    finished++;
                }
                if (pageCount > 0) {
                    progress.update(SyncPhase.FETCHING, finished, pageCount, programsDone, pages.get(0).total());
                    if (batch.pending() < options.concurrency()) {
                        sink.idle(options.concurrency() - batch.pending());
                    }
                }
            }
        }
        Paging paging = new Paging(pages.get(0).total(), pageCount);
        for (Map.Entry<Integer, ProgramPageDto> e : pages.entrySet()) {
            if (e.getKey() < pageCount) {
                paging.add(e.getValue());
            } else {
                paging.checkBeyondEnd(e.getValue());
            }
        }
        return paging;
    }

    /** Programs without an ID cannot be stored or diffed; they are left out everywhere. */
    static List<ProgramDto> withIds(List<ProgramDto> programs) {
        return programs.stream().filter(p -> p.programId() != null && !p.programId().isBlank()).toList();
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

        /** A speculative page past the announced end must be empty; if not, the account grew meanwhile. */
        void checkBeyondEnd(ProgramPageDto page) {
            if (!page.paymentPrograms().isEmpty() || page.total() == null || page.total() != total) {
                totalsAgree = false;
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
