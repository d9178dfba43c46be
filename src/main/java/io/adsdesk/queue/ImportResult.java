package io.adsdesk.queue;

import java.util.List;

/**
 * What a spreadsheet asks for, compared with the registry. With any error nothing may be queued.
 *
 * @param changes the real differences, in row order
 * @param errors invalid cells and rows, and broken rules: each blocks the whole file
 * @param warnings read-only columns that differ from the registry: never sent, block nothing
 */
public record ImportResult(List<ImportedChange> changes, List<ImportProblem> errors, List<ImportProblem> warnings) {
    public ImportResult {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<ProposedChange> proposed() {
        return changes.stream().map(ImportedChange::proposed).toList();
    }
}
