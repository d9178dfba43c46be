package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of the account that requests read without locking: programs in creation
 * order, lookups by ID and by business, and filtered lists cached per (filter, today, knob). The
 * account drops the view on every change, so the O(n) work happens once per change, not per page.
 */
final class AccountView {
    private record FilterKey(ListFilter filter, LocalDate today, boolean pausedUnderCurrent) {
    }

    private static final int MAX_CACHED_FILTERS = 32;

    private final List<SandboxProgram> programs;
    private final Map<String, SandboxProgram> programsById;
    private final Map<String, SandboxBusiness> businesses;
    private final Map<String, List<SandboxProgram>> programsByBusiness;
    private final Map<FilterKey, List<SandboxProgram>> filtered = new ConcurrentHashMap<>();

    AccountView(Map<String, SandboxProgram> programs, Map<String, SandboxBusiness> businesses) {
        this.programs = List.copyOf(programs.values());
        this.programsById = Map.copyOf(programs);
        this.businesses = Collections.unmodifiableMap(new LinkedHashMap<>(businesses));
        Map<String, List<SandboxProgram>> byBusiness = new HashMap<>();
        for (SandboxProgram p : this.programs) {
            for (String businessId : p.businessIds()) {
                byBusiness.computeIfAbsent(businessId, k -> new ArrayList<>()).add(p);
            }
        }
        byBusiness.replaceAll((k, v) -> List.copyOf(v));
        this.programsByBusiness = Map.copyOf(byBusiness);
    }

    List<SandboxProgram> programs() {
        return programs;
    }

    List<SandboxProgram> filtered(ListFilter filter, LocalDate today, boolean pausedUnderCurrent) {
        if (filter == ListFilter.ALL) {
            return programs;
        }
        if (filtered.size() > MAX_CACHED_FILTERS) {
            filtered.clear(); // entries for earlier days of a moving clock
        }
        return filtered.computeIfAbsent(new FilterKey(filter, today, pausedUnderCurrent),
                key -> programs.stream().filter(p -> filter.matches(p, today, pausedUnderCurrent)).toList());
    }

    SandboxProgram program(String id) {
        return programsById.get(id);
    }

    SandboxBusiness business(String id) {
        return businesses.get(id);
    }

    Map<String, SandboxBusiness> businesses() {
        return businesses;
    }

    List<SandboxProgram> programsOf(String businessId) {
        return programsByBusiness.getOrDefault(businessId, List.of());
    }
}
