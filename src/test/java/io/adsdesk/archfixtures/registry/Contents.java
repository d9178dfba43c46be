package io.adsdesk.archfixtures.registry;

import io.adsdesk.archfixtures.model.PlainRecord;

import java.util.List;

/** Allowed for the UI: a plain record from registry. */
public record Contents(List<PlainRecord> programs) {
}
