package io.adsdesk.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one CSV file: RFC 4180 (comma, double quotes only where needed, CRLF line ends), a header
 * line of snake_case column names, and a UTF-8 byte order mark first so that Excel reads the file
 * as UTF-8 ("São Paulo", not "SÃ£o Paulo"). Text cells go through {@link CsvCell#text}; numbers
 * and booleans are written as they are; a null is an empty cell. Streams row by row.
 */
public final class CsvWriter implements Closeable {
    /** Written first in every CSV file AdsDesk makes; {@link CsvReader} accepts files with or without it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final int columns;
    private final SequenceWriter rows;

    private CsvWriter(Writer out, List<String> columns) throws IOException {
        this.columns = columns.size();
        out.write(BYTE_ORDER_MARK);
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        this.rows = MAPPER.writerFor(Object[].class)
                .with(schema.build().withHeader().withLineSeparator("\r\n"))
                .writeValues(out);
    }

    /** Starts a file on {@code out} with the byte order mark and the header; closing does not close {@code out}. */
    public static CsvWriter open(Writer out, List<String> columns) throws IOException {
        return new CsvWriter(new NonClosing(out), columns);
    }

    /** One row, one value per column: String, Number, Boolean or null. */
    public void row(Object... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        Object[] written = Arrays.copyOf(cells, cells.length);
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof String s) {
                written[i] = CsvCell.text(s);
            } else if (written[i] != null && !(written[i] instanceof Number) && !(written[i] instanceof Boolean)) {
                written[i] = CsvCell.text(written[i].toString());
            }
        }
        rows.write(written);
    }

    /** Flushes the rows; the underlying writer stays open. */
    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** Lets the caller own the stream: closing the CSV flushes it and nothing more. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
