package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;

import java.util.List;

/**
 * Every program (in program-ID order) and every business of a registry, as of one state.
 *
 * @param stamp identifies that state; empty for registries that do not track it
 */
public record RegistryContents(String stamp, List<Program> programs, List<Business> businesses) {
    public RegistryContents {
        programs = List.copyOf(programs);
        businesses = List.copyOf(businesses);
    }
}
