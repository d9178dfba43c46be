package io.adsdesk.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters over partner-API requests (the control plane is not counted). Tests and benchmarks
 * read them, e.g. to check a client never had more than 8 requests in flight.
 */
public final class SandboxStats {
    /** Route names used by {@link #routeCount(String)}. */
    public static final String LIST_ALL = "list_all";
    public static final String PROGRAMS_BY_BUSINESS = "programs_by_business";
    public static final String PROGRAM_INFO = "program_info";
    public static final String BUSINESS_INFO = "business_info";
    public static final String PROGRAM_CREATE = "program_create";
    public static final String PROGRAM_EDIT = "program_edit";
    public static final String PROGRAM_END = "program_end";
    public static final String JOB_STATUS = "job_status";
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String FEATURES = "features";
    public static final String PORTFOLIO = "portfolio";
    public static final String UNKNOWN = "unknown";

    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> perRoute = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong resets = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong unauthorized = new AtomicLong();

    /** Counts a request in; returns how many are now in flight, this one included. */
    int enter(String route) {
        requests.increment();
        perRoute.computeIfAbsent(route, r -> new LongAdder()).increment();
        int now = inFlight.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        return now;
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    void tooManyRequests() { tooManyRequests.incrementAndGet(); }
    void serverError() { serverErrors.incrementAndGet(); }
    void reset() { resets.incrementAndGet(); }
    void malformed() { malformed.incrementAndGet(); }
    void unauthorized() { unauthorized.incrementAndGet(); }

    /** Partner requests received, whatever their outcome. */
    public long requests() { return requests.sum(); }
    public long routeCount(String route) {
        LongAdder a = perRoute.get(route);
        return a == null ? 0 : a.sum();
    }
    public Map<String, Long> routeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        perRoute.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }
    public int inFlight() { return inFlight.get(); }
    /** The most partner requests ever in flight at once (429s included). */
    public int maxConcurrent() { return maxConcurrent.get(); }
    public long tooManyRequestsInjected() { return tooManyRequests.get(); }
    /** 500s and 503s injected (random and deep-page). */
    public long serverErrorsInjected() { return serverErrors.get(); }
    public long resetsInjected() { return resets.get(); }
    public long malformedInjected() { return malformed.get(); }
    public long unauthorizedAnswered() { return unauthorized.get(); }

    /** Zeroes every counter, e.g. between benchmark phases; requests in flight stay counted. */
    public void clear() {
        requests.reset();
        perRoute.clear();
        maxConcurrent.set(inFlight.get());
        tooManyRequests.set(0);
        serverErrors.set(0);
        resets.set(0);
        malformed.set(0);
        unauthorized.set(0);
    }
}
