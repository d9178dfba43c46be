package io.adsdesk.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes what one sync run changed: CSV (the one format of {@link CsvWriter}) with one line per added or removed program and per changed
 * field, or one JSON object with the run and its programs.
 */
public final class ChangeExport {
    public static final List<String> COLUMNS = List.of(
            "run_id", "change", "program_id", "yelp_business_id", "business_name", "field", "old_value", "new_value");

    private ChangeExport() {
    }

    public static void writeCsv(RunChanges changes, Function<String, String> nameOf, Writer out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, COLUMNS)) {
            for (ChangeLine l : ChangeLine.of(changes, nameOf)) {
                csv.row(changes.runId(), kind(l.kind()), l.programId(), l.businessId(), l.businessName(),
                        l.field(), l.oldValue(), l.newValue());
            }
        }
        out.flush();
    }

    public static void writeJson(RunChanges changes, Function<String, String> nameOf, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("run_id", changes.runId());
            g.writeBooleanField("initial", changes.initial());
            g.writeBooleanField("recorded", changes.recorded());
            g.writeArrayFieldStart("changes");
            for (SyncChange c : changes.changes()) {
                g.writeStartObject();
                g.writeStringField("change", kind(c.kind()));
                g.writeStringField("program_id", c.programId());
                g.writeStringField("yelp_business_id", c.businessId());
                g.writeStringField("business_name", c.businessId() == null ? null : nameOf.apply(c.businessId()));
                g.writeArrayFieldStart("fields");
                for (ChangedField f : c.fields()) {
                    g.writeStartObject();
                    g.writeStringField("field", f.field());
                    g.writeStringField("old_value", f.oldValue());
                    g.writeStringField("new_value", f.newValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** "added", "updated", "removed". */
    public static String kind(io.adsdesk.model.ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
