package io.adsdesk.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes programs as CSV (see {@link #writeCsv}) or as a JSON array. Money stays in
 * integer cents; an open end date is empty/null. A program the API last sent with values that could
 * not be read or cannot be real says so in {@code issue} ("Unreadable: reason"), so an empty date or
 * amount there is not taken for "open-ended" or "none". Streams, so 100,000 rows need no extra memory.
 */
public final class ProgramExport {
    public static final List<String> COLUMNS = List.of(
            "program_id", "program_type", "status", "pause_status", "yelp_business_ids", "business_names",
            "start_date", "end_date", "budget_cents", "max_bid_cents", "currency", "autobid", "fee_period",
            "billed_impressions", "billed_clicks", "ad_cost_cents", "active_features", "ad_categories", "issue");

    private ProgramExport() {
    }

    /**
     * The CSV file both the app's "Export CSV" and {@code adsdesk export --format csv} write: a byte
     * order mark, then {@link #COLUMNS}; money in integer cents, written as numbers; lists joined
     * with ';'; every text cell through {@link CsvCell}. The writer is flushed, not closed.
     */
    public static void writeCsv(Iterable<ExportRow> rows, Writer out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, COLUMNS)) {
            for (ExportRow r : rows) {
                var p = r.program();
                csv.row(p.programId(), p.programType(), r.status(), r.pauseStatus(),
                        String.join(";", r.businessIds()), String.join(";", r.businessNames()),
                        text(p.startDate()), text(p.endDate()), p.budgetCents(), p.maxBidCents(),
                        p.currency(), p.autobid(), r.feePeriod(),
                        p.billedImpressions(), p.billedClicks(), p.adCostCents(),
                        String.join(";", p.activeFeatures()), String.join(";", p.adCategories()), issue(p));
            }
        }
    }

    public static void writeJson(Iterable<ExportRow> rows, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (ExportRow r : rows) {
                var p = r.program();
                g.writeStartObject();
                g.writeStringField("program_id", p.programId());
                g.writeStringField("program_type", p.programType());
                g.writeStringField("status", r.status());
                g.writeStringField("pause_status", r.pauseStatus());
                strings(g, "yelp_business_ids", r.businessIds());
                strings(g, "business_names", r.businessNames());
                g.writeStringField("start_date", text(p.startDate()));
                g.writeStringField("end_date", text(p.endDate()));
                number(g, "budget_cents", p.budgetCents());
                number(g, "max_bid_cents", p.maxBidCents());
                g.writeStringField("currency", p.currency());
                g.writeFieldName("autobid");
                if (p.autobid() == null) {
                    g.writeNull();
                } else {
                    g.writeBoolean(p.autobid());
                }
                g.writeStringField("fee_period", r.feePeriod());
                g.writeNumberField("billed_impressions", p.billedImpressions());
                g.writeNumberField("billed_clicks", p.billedClicks());
                number(g, "ad_cost_cents", p.adCostCents());
                strings(g, "active_features", p.activeFeatures());
                strings(g, "ad_categories", p.adCategories());
                g.writeStringField("issue", issue(p));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** "Unreadable: end_date '12/31/2030' …"; null for a program read cleanly. */
    private static String issue(io.adsdesk.model.Program p) {
        return p.issue() == null ? null : p.issue().label() + ": " + p.issue().reason();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, Long value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    static String text(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
