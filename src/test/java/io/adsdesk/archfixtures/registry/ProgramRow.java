package io.adsdesk.archfixtures.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Allowed: an entity inside registry. The UI must not see it. */
@Entity
public class ProgramRow {
    @Id
    String id;
}
