package io.adsdesk.actions;

import io.adsdesk.export.CsvWriter;
import io.adsdesk.registry.AuditEntry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The audit log as CSV ({@link CsvWriter}), one row per entry in the order given (newest first from the store). */
public final class AuditCsv {
    static final List<String> HEADER = List.of("at", "account", "action", "program_id", "business_id", "outcome", "job_id",
            "before", "request", "after", "message", "receipt", "made_by");

    private AuditCsv() {
    }

    public static void write(Writer out, List<AuditEntry> entries) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (AuditEntry e : entries) {
                csv.row(e.at().toString(), e.account(), e.action(), e.programId(), e.businessId(), e.outcome(),
                        e.jobId(), e.beforeJson(), e.requestJson(), e.afterJson(), e.message(), e.receiptJson(), e.madeBy());
            }
        }
    }
}
