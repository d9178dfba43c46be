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

        /** Entries of a page that had no readable program_id, so they could not be stored. */
        default void withoutId(int entries) {
        }

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
     * hide the last programs. A short last page ends the list without an extra request. Nor is the
     * total trusted to go on: a short or empty page ends the list wherever the total says it ends,
     * so an absurd total costs a few empty pages, not millions. A 400 for an offset at or past the
     * total is the end of the list too (some servers refuse such offsets instead of answering an
     * empty page). Requests go out a bounded window ahead of the answers.
     */
    private Paging page(SyncProgress progress, BooleanSupplier cancelled, PageSink sink)
            throws PartnerApiException, InterruptedException {
        int size = options.pageSize();
        progress.update(SyncPhase.FETCHING, 0, -1, 0, -1);
        Pages state = new Pages(size);
        int programsDone = 0;
        int finishedShown = 0;
        int window = 2 * options.concurrency();
        try (CallBatch<PageAnswer> batch = new CallBatch<>(calls.pool(), cancelled, options.stallTimeout(),
                page -> "page " + (page + 1) + " (offset " + (long) page * size + ")")) {
            int submitted = 0;
            for (; submitted < options.concurrency(); submitted++) {
                submit(batch, submitted, size);
            }
            while (batch.hasPending()) {
                CallBatch.Done<PageAnswer> done = batch.next();
                List<ProgramDto> listed = state.record(done.key(), done.value());
                programsDone += listed.size();
                sink.accept(listed);
                ProgramPageDto answered = done.value().page();
                if (answered != null && answered.paymentPrograms().size() > listed.size()) {
                    sink.withoutId(answered.paymentPrograms().size() - listed.size());
                }
                if (state.pageCount < 0) {
                    continue;
                }
                int wanted = state.wanted();
                for (; submitted < wanted && batch.pending() < window; submitted++) {
                    submit(batch, submitted, size);
                }
                int finished = state.pages.headMap(state.pageCount).size();
                if (finished > finishedShown) { // the page past the end is not progress
                    finishedShown = finished;
                    progress.update(SyncPhase.FETCHING, finished, state.pageCount, programsDone, state.total());
                }
                if (batch.pending() < options.concurrency()) {
                    sink.idle(options.concurrency() - batch.pending());
                }
            }
        }
        Paging paging = new Paging(state.total(), state.pageCount);
        for (Map.Entry<Integer, PageSeen> e : state.pages.entrySet()) {
            if (e.getKey() < state.pageCount) {
                paging.add(e.getValue());
            } else {
                paging.checkBeyondEnd(e.getValue());
            }
        }
        return paging;
    }

    private void submit(CallBatch<PageAnswer> batch, int page, int size) {
        int offset = page * size;
        batch.submit(page, () -> {
            try {
                return new PageAnswer(client.listAllPage(offset, size), null);
            } catch (PartnerApiException e) {
                if (e.kind() == PartnerApiException.Kind.BAD_REQUEST && page > 0) {
                    return new PageAnswer(null, e); // judged once the total is known
                }
                throw e;
            }
        });
    }

    /** A page, or the 400 a page past the end may be answered with. */
    private record PageAnswer(ProgramPageDto page, PartnerApiException refused) {
    }

    /** What one paging has seen so far, and how many pages it wants. */
    private static final class Pages {
        final int size;
        // Only what the consistency check needs is kept of each page: the programs went to the sink.
        final NavigableMap<Integer, PageSeen> pages = new TreeMap<>();
        final Set<String> listedIds = new HashSet<>();
        final NavigableMap<Integer, PartnerApiException> refusedEarly = new TreeMap<>();
        int pageCount = -1;
        /** The first page known to lie past the last program (after a short or empty page). */
        int end = Integer.MAX_VALUE;

        Pages(int size) {
            this.size = size;
        }

        int total() {
            return pages.get(0).total();
        }

        /** Records an answer; returns the programs it listed (none for a refused page). */
        List<ProgramDto> record(int key, PageAnswer answer) throws PartnerApiException {
            if (answer.refused() != null) {
                if (pageCount < 0) {
                    refusedEarly.put(key, answer.refused());
                } else {
                    pastEnd(key, answer.refused());
                }
                return List.of();
            }
            ProgramPageDto page = answer.page();
            List<ProgramDto> listed = withIds(page.paymentPrograms());
            List<String> ids = listed.stream().map(ProgramDto::programId).toList();
            boolean anyNew = listedIds.addAll(ids);
            int count = page.paymentPrograms().size();
            pages.put(key, new PageSeen(page.total(), ids, count, anyNew));
            if (count < size) {
                end = Math.min(end, count == 0 ? key : key + 1);
            }
            if (key == 0) {
                pageCount = (int) Math.max(1, Math.min(Integer.MAX_VALUE, ((long) page.total() + size - 1) / size));
                for (Map.Entry<Integer, PartnerApiException> e : refusedEarly.entrySet()) {
                    pastEnd(e.getKey(), e.getValue());
                }
                refusedEarly.clear();
            }
            if (pageCount >= 0) {
                pageCount = Math.max(1, Math.min(pageCount, end));
                while (listsMore(pages.get(pageCount - 1), pages.get(pageCount), size)) {
                    pageCount++;
                }
            }
            return listed;
        }

        /** A 400 at or past the announced total ends the list like an empty page; before it, it is a failure. */
        private void pastEnd(int key, PartnerApiException refused) throws PartnerApiException {
            if ((long) key * size < total()) {
                throw refused;
            }
            pages.put(key, new PageSeen(total(), List.of(), 0, false));
            end = Math.min(end, key);
            pageCount = Math.max(1, Math.min(pageCount, end));
        }

        /** Pages to have asked for: up to the last, and the one after it when only that can tell the list ended. */
        int wanted() {
            return pageCount + (checkPastEnd(pages, pageCount, size) && pageCount < end ? 1 : 0);
        }
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
