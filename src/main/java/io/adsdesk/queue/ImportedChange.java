package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeValues;

/**
 * One real difference between a spreadsheet row and the registry.
 *
 * @param row the spreadsheet row number (header = 1)
 * @param oldValue the registry's value, canonical text
 * @param newValue the spreadsheet's value, canonical text
 */
public record ImportedChange(int row, String programId, ChangeField field, String oldValue, String newValue) {

    public ProposedChange proposed() {
        return new ProposedChange(programId, field, newValue);
    }

    public String oldText() {
        return ChangeValues.display(field, oldValue);
    }

    public String newText() {
        return ChangeValues.display(field, newValue);
    }
}
