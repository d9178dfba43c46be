package io.adsdesk.model.report;

import java.time.Instant;
import java.util.List;

/**
 * One report request to Yelp: what was asked, when, and where it stands. Stored, so a request Yelp
 * is still building is polled again after a restart.
 *
 * @param reportId Yelp's report ID; null while {@link RequestState#QUEUED}
 * @param range the days asked for (monthly: the 1st of the first month to the last of the last)
 * @param businessIds the businesses asked for (at most 500)
 * @param requestedAt when Yelp accepted the request (null while queued)
 * @param lastPolledAt the last time Yelp was asked whether it is ready (null before the first poll)
 * @param polls how many times Yelp was asked
 * @param problem why it failed, in plain words; null unless {@link RequestState#FAILED}
 */
public record PendingReport(
        String reportId,
        Granularity granularity,
        DateRange range,
        List<String> businessIds,
        Instant requestedAt,
        Instant lastPolledAt,
        int polls,
        RequestState state,
        String problem) {

    public PendingReport {
        businessIds = List.copyOf(businessIds);
    }

    public PendingReport withState(RequestState newState, String newProblem) {
        return new PendingReport(reportId, granularity, range, businessIds, requestedAt, lastPolledAt, polls, newState, newProblem);
    }

    public PendingReport polled(Instant at) {
        return new PendingReport(reportId, granularity, range, businessIds, requestedAt, at, polls + 1, state, problem);
    }
}
