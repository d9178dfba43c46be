package io.adsdesk.model;

/** One field a sync changed, old and new value as text fit to show ("" for none). */
public record ChangedField(String field, String oldValue, String newValue) {
}
