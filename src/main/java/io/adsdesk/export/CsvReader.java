package io.adsdesk.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file with a header line, as {@link CsvWriter} writes it or as Excel saves it: with or
 * without a byte order mark, quoted or bare cells, CRLF or LF line ends. Each row is a map from
 * column name to cell, in the file's column order, with the neutralising apostrophe of
 * {@link CsvCell} taken off again. Blank lines are skipped.
 */
public final class CsvReader {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvReader() {
    }

    public static List<Map<String, String>> read(Reader in) throws IOException {
        PushbackReader source = new PushbackReader(in, 1);
        int first = source.read();
        if (first != -1 && first != CsvWriter.BYTE_ORDER_MARK) {
            source.unread(first);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(source)) {
            while (it.hasNextValue()) {
                Map<String, String> row = new LinkedHashMap<>();
                it.nextValue().forEach((column, cell) -> row.put(column, CsvCell.read(cell)));
                rows.add(row);
            }
        } catch (RuntimeException e) {
            throw new IOException("not a readable CSV file: " + e.getMessage(), e);
        }
        return rows;
    }
}
