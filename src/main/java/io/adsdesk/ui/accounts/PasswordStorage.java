package io.adsdesk.ui.accounts;

/**
 * Where passwords go, for the connect dialog.
 *
 * @param persistent whether a password can be remembered across starts ("Remember the password")
 * @param note       one sentence saying where the password is kept
 */
public record PasswordStorage(boolean persistent, String note) {
}
