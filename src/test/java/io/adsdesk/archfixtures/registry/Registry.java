package io.adsdesk.archfixtures.registry;

import io.adsdesk.archfixtures.model.PlainRecord;

import java.util.List;

/** Allowed for the UI: the registry interface. */
public interface Registry {
    List<PlainRecord> findAll();
}
