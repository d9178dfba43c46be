package io.adsdesk.actions;

import io.adsdesk.export.Csv;
import io.adsdesk.registry.AuditEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The audit log as RFC 4180 CSV, one row per entry in the order given (newest first from the store). */
public final class AuditCsv {
    static final String[] HEADER = {"at", "account", "action", "program_id", "business_id", "outcome", "job_id",
            "before", "request", "after", "message", "receipt"};

    private AuditCsv() {
    }

    public static void write(Writer out, List<AuditEntry> entries) throws IOException {
        Csv.row(out, HEADER);
        for (AuditEntry e : entries) {
            Csv.row(out, e.at().toString(), e.account(), e.action(), e.programId(), e.businessId(), e.outcome(),
                    e.jobId(), e.beforeJson(), e.requestJson(), e.afterJson(), Csv.safeText(e.message()),
                    e.receiptJson());
        }
    }
}
