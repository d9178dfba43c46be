package io.adsdesk.model.feature;

/**
 * One invalid value: the field it belongs to (the wire name, e.g. {@code custom_text}, or
 * {@code businesses[0].locations}; empty for the whole feature) and a message for beside that field.
 */
public record FieldProblem(String type, String field, String message) {
    /** "CUSTOM_AD_TEXT custom_text: must be at least 15 characters long" — the one line the command line prints. */
    public String line() {
        return type + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
