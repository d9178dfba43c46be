package io.adsdesk.actions;

/**
 * A problem with one input, found before anything was sent.
 *
 * @param field the parameter's wire name ({@code budget}, {@code max_bid}, {@code start}, ...) or
 *              {@code program} for the action as a whole
 * @param message plain words, fit to show next to the field
 */
public record FieldError(String field, String message) {
}
