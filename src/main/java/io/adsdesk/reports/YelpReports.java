package io.adsdesk.reports;

import io.adsdesk.api.ReportingClient;
import io.adsdesk.api.ReportingException;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;

import java.util.List;
import java.util.Optional;

/** Reports from Yelp's Reporting API: the client's failures as {@link ReportFailure}s. */
public final class YelpReports implements ReportSource {
    private final ReportingClient client;

    public YelpReports(ReportingClient client) {
        this.client = client;
    }

    @Override
    public String request(Granularity granularity, DateRange range, List<String> businessIds)
            throws ReportFailure, InterruptedException {
        try {
            return client.requestReport(granularity, range, businessIds);
        } catch (ReportingException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<List<FigureRow>> poll(Granularity granularity, String reportId) throws ReportFailure, InterruptedException {
        try {
            return client.fetchReport(granularity, reportId);
        } catch (ReportingException e) {
            throw failure(e);
        }
    }

    static ReportFailure failure(ReportingException e) {
        ReportFailure.Reason reason = switch (e.kind()) {
            case KEY_REFUSED -> ReportFailure.Reason.KEY_REFUSED;
            case NO_ACCESS -> ReportFailure.Reason.NO_ACCESS;
            case RATE_LIMITED -> ReportFailure.Reason.RATE_LIMITED;
            case UNAVAILABLE, UNTRUSTED_SERVER -> ReportFailure.Reason.UNAVAILABLE;
            case INVALID_REQUEST -> ReportFailure.Reason.INVALID_REQUEST;
            case JOB_FAILED -> ReportFailure.Reason.JOB_FAILED;
            case UNEXPECTED_RESPONSE -> ReportFailure.Reason.UNEXPECTED_RESPONSE;
        };
        return new ReportFailure(reason, e.errorCode(), e.getMessage(), e);
    }
}
