package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeField;

import java.util.Objects;

/**
 * A change someone asks for, before the queue stores it: a spreadsheet row's cell, or one value typed
 * into the Pending changes panel.
 *
 * @param newValue canonical text (see {@link io.adsdesk.model.change.ChangeValues})
 */
public record ProposedChange(String programId, ChangeField field, String newValue) {
    public ProposedChange {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(newValue, "newValue");
    }
}
