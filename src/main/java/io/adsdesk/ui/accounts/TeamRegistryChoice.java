package io.adsdesk.ui.accounts;

/**
 * An account's registry on a team's PostgreSQL server, as saved in the settings: the JDBC URL and the
 * database user. Never the password (that lives in the credential store).
 */
public record TeamRegistryChoice(String url, String user) {
}
