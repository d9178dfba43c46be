package io.adsdesk.sandbox;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static SandboxAccount account(long seed, int programs, int businesses) {
        return AccountGenerator.generate(seed, programs, businesses, TestClient.CLOCK);
    }

    @Test
    void sameSeedGivesTheSameAccount() {
        SandboxAccount a = account(42, 2000, 40);
        SandboxAccount b = account(42, 2000, 40);
        assertEquals(a.programs(), b.programs());
        assertEquals(a.businesses(), b.businesses());
        assertNotEquals(a.programIds(), account(43, 2000, 40).programIds());
    }

    @Test
    void idsAreUrlSafe22CharactersUniqueAndSomeStartWithDashOrUnderscore() {
        SandboxAccount a = account(1, 2000, 40);
        Set<String> ids = new HashSet<>(a.programIds());
        a.businesses().forEach(b -> ids.add(b.id()));
        assertEquals(2040, ids.size());
        assertTrue(ids.stream().allMatch(id -> ID.matcher(id).matches()));
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("-") || id.startsWith("_")));
    }

    @Test
    void generates100kProgramsOver2000Businesses() {
        SandboxAccount a = account(7, 100_000, 2000);
        assertEquals(100_000, a.programCount());
        assertEquals(100_000, new HashSet<>(a.programIds()).size());
        assertEquals(2000, a.businesses().size());
    }

    @Test
    void dataIsVariedLikeARealAccount() {
        SandboxAccount a = account(1, 2000, 40);
        List<SandboxProgram> programs = a.programs();
        Map<String, Long> byType = programs.stream().collect(Collectors.groupingBy(SandboxProgram::type, Collectors.counting()));
        assertEquals(Set.of("BP", "EP", "CPC", "RCA", "CTA", "SLIDESHOW", "BH", "VL", "LOGO", "PORTFOLIO"), byType.keySet());
        assertTrue(byType.entrySet().stream().allMatch(e -> e.getKey().equals("CPC") || e.getValue() < byType.get("CPC")));
        var today = TestClient.TODAY;
        assertTrue(programs.stream().anyMatch(p -> p.future(today)));
        assertTrue(programs.stream().anyMatch(p -> p.past(today)));
        assertTrue(programs.stream().anyMatch(p -> p.paused() && p.type().equals("CPC")));
        assertTrue(programs.stream().noneMatch(p -> p.paused() && !p.type().equals("CPC")));
        assertTrue(programs.stream().anyMatch(p -> p.endDate().equals(SandboxProgram.OPEN_END)));
        assertTrue(programs.stream().anyMatch(p -> p.businessIds().size() > 1));
        assertTrue(programs.stream().anyMatch(p -> !p.futureBudgetChanges().isEmpty()));
        assertTrue(programs.stream().anyMatch(p -> p.pageUpgrade() != null));
        assertTrue(programs.stream().allMatch(p -> p.budget() >= 2500 && (p.maxBid() == null || p.maxBid() >= 50)));
        assertTrue(programs.stream().allMatch(p -> p.autobid() == (p.maxBid() == null) || !p.type().equals("CPC")));
    }

    @Test
    void programsAreSpreadUnevenlyOverBusinesses() {
        SandboxAccount a = account(1, 2000, 40);
        Map<String, Integer> counts = new HashMap<>();
        a.programs().forEach(p -> counts.merge(p.businessIds().getFirst(), 1, Integer::sum));
        int max = counts.values().stream().max(Integer::compare).orElseThrow();
        int min = counts.values().stream().min(Integer::compare).orElseThrow();
        assertTrue(max >= 100, "largest business has " + max);
        assertTrue(min <= max / 5, "smallest " + min + " vs largest " + max);
    }

    @Test
    void businessNamesIncludeNonAscii() {
        List<String> names = account(1, 10, 40).businesses().stream().map(SandboxBusiness::name).toList();
        assertTrue(names.containsAll(BusinessGenerator.FIXED_NAMES));
        assertTrue(new HashSet<>(names).size() > 20);
    }
}
