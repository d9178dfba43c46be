package io.adsdesk.actions;

/** One field that differs between the registry copy and Yelp's copy, as text fit to show. */
public record FieldChange(String field, String registryValue, String liveValue) {
}
