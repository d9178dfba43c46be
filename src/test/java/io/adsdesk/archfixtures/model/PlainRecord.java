package io.adsdesk.archfixtures.model;

import java.time.LocalDate;

/** Allowed: a domain record that depends on the JDK only. */
public record PlainRecord(String id, LocalDate start) {
}
