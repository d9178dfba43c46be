package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.api.ProgramPageDto;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Downloads every program of the account through List All: the first page tells the total, the
 * rest are fetched in parallel. De-duplicates by program ID and checks the pages agree with each
 * other; a result that does not add up is re-paged (the account changed meanwhile) before it is
 * trusted.
 */
final class PageFetcher {

    /**
     * The IDs the paging saw, in API order, plus what it saw of the paging itself. The programs
     * themselves went to the {@link PageSink} as they arrived; only their IDs are kept here.
     */
    record Fetched(Set<String> programIds, int pages, String warning) {
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
                return new Fetched(paging.ids, paging.pages, null);
            }
            if (previous != null && previous.ids.equals(paging.ids)) {
                // Two pagings agree on every ID: the list is stable, only the API's count is off.
                return new Fetched(paging.ids, paging.pages, paging.describe() + "; two downloads agreed, so they were used");
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
     * ceil(pages / concurrency) round trips rather than one more. The total is not trusted to end
     * the paging: when the last page is full, the page after it is asked for too (with the others
     * when the total says the last page will be full), and while that page lists programs not seen
     * before, it counts as well and the next one is asked for, so a total that is too low cannot
     * hide the last programs. A short last page ends the list without an extra request.
     */
    private Paging page(SyncProgress progress, BooleanSupplier cancelled, PageSink sink)
            throws PartnerApiException, InterruptedException {
        int size = options.pageSize();
        progress.update(SyncPhase.FETCHING, 0, -1, 0, -1);
        // Only what the consistency check needs is kept of each page: the programs went to the sink.
        NavigableMap<Integer, PageSeen> pages = new TreeMap<>();
        Set<String> listedIds = new HashSet<>();
        int pageCount = -1;
        int programsDone = 0;
        int finishedShown = 0;
        try (CallBatch<ProgramPageDto> batch = new CallBatch<>(calls.pool(), cancelled)) {
            int submitted = 0;
            for (; submitted < options.concurrency(); submitted++) {
                submit(batch, submitted, size);
            }
            while (batch.hasPending()) {
                CallBatch.Done<ProgramPageDto> done = batch.next();
                List<ProgramDto> listed = withIds(done.value().paymentPrograms());
                List<String> ids = listed.stream().map(ProgramDto::programId).toList();
                boolean anyNew = listedIds.addAll(ids);
                int count = done.value().paymentPrograms().size();
                pages.put(done.key(), new PageSeen(done.value().total(), ids, count, anyNew));
                programsDone += count;
                sink.accept(listed);
                if (done.key() == 0) {
                    pageCount = Math.max(1, (done.value().total() + size - 1) / size);
                }
                if (pageCount < 0) {
                    continue;
                }
                while (listsMore(pages.get(pageCount - 1), pages.get(pageCount), size)) {
                    pageCount++;
                }
                int wanted = pageCount + (checkPastEnd(pages, pageCount, size) ? 1 : 0);
                for (; submitted < wanted; submitted++) {
                    submit(batch, submitted, size);
                }
                int finished = pages.headMap(pageCount).size();
                if (finished > finishedShown) { // the page past the end is not progress
                    finishedShown = finished;
                    progress.update(SyncPhase.FETCHING, finished, pageCount, programsDone, pages.get(0).total());
                }
                if (batch.pending() < options.concurrency()) {
                    sink.idle(options.concurrency() - batch.pending());
                }
            }
        }
        Paging paging = new Paging(pages.get(0).total(), pageCount);
        for (Map.Entry<Integer, PageSeen> e : pages.entrySet()) {
            if (e.getKey() < pageCount) {
                paging.add(e.getValue());
            } else {
                paging.checkBeyondEnd(e.getValue());
            }
        }
        return paging;
    }

    private void submit(CallBatch<ProgramPageDto> batch, int page, int size) {
        int offset = page * size;
        batch.submit(page, () -> client.listAllPage(offset, size));
    }

    /**
     * Whether the page after the last one must be asked for: the last page is, or by the total will
     * be, full, so only the next page can tell whether the list ends there.
     */
    private static boolean checkPastEnd(NavigableMap<Integer, PageSeen> pages, int pageCount, int size) {
        PageSeen last = pages.get(pageCount - 1);
        return last == null ? (long) pageCount * size == pages.get(0).total() : last.listed() >= size;
    }

    /**
     * Whether the page after the last one continues the list, whatever the total said: the last page
     * is full and the next one lists programs not seen before. (After a short page, programs mean
     * the account grew meanwhile: that is drift, see {@link Paging#checkBeyondEnd}.)
     */
    private static boolean listsMore(PageSeen last, PageSeen next, int size) {
        return last != null && last.listed() >= size && next != null && next.listed() > 0 && next.anyNew();
    }

    /** Programs without an ID cannot be stored or diffed; they are left out everywhere. */
    static List<ProgramDto> withIds(List<ProgramDto> programs) {
        return programs.stream().filter(PageFetcher::hasId).toList();
    }

    private static boolean hasId(ProgramDto p) {
        return p.programId() != null && !p.programId().isBlank();
    }

    /** What the consistency check keeps of one page. */
    private record PageSeen(Integer total, List<String> ids, int listed, boolean anyNew) {
    }

    /** What one full paging saw. */
    private static final class Paging {
        final int total;
        final int pages;
        final Set<String> ids = new LinkedHashSet<>();
        boolean totalsAgree = true;

        Paging(int total, int pages) {
            this.total = total;
            this.pages = pages;
        }

        void add(PageSeen page) {
            if (page.total() == null || page.total() != total) {
                totalsAgree = false;
            }
            ids.addAll(page.ids());
        }

        /** A speculative page past the announced end must be empty; if not, the account grew meanwhile. */
        void checkBeyondEnd(PageSeen page) {
            if (page.listed() > 0 || page.total() == null || page.total() != total) {
                totalsAgree = false;
            }
        }

        boolean consistent() {
            return totalsAgree && ids.size() == total;
        }

        String describe() {
            String s = "the API announced " + total + " programs and listed " + ids.size();
            return totalsAgree ? s : s + ", and its total changed between pages";
        }
    }
}
