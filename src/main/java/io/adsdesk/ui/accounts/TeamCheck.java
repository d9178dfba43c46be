package io.adsdesk.ui.accounts;

/**
 * What "Test connection" found.
 *
 * @param ok          whether the registry can be kept there
 * @param unreachable whether the server could not be reached at all
 * @param message     one sentence for the dialog
 */
public record TeamCheck(boolean ok, boolean unreachable, String message) {
}
