package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;

import java.util.List;
import java.util.Optional;

/** Where reports come from: Yelp's Reporting API ({@link YelpReports}), or a stand-in in tests. */
public interface ReportSource {

    /**
     * Asks for one report within Yelp's limits (at most 500 businesses; 89 days daily, 3 months
     * monthly, the range widened to whole months) and returns its report ID.
     */
    String request(Granularity granularity, DateRange range, List<String> businessIds)
            throws ReportFailure, InterruptedException;

    /** The report's rows when it is ready; empty while Yelp is still building it. */
    Optional<List<FigureRow>> poll(Granularity granularity, String reportId) throws ReportFailure, InterruptedException;
}
