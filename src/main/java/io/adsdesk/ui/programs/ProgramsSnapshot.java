package io.adsdesk.ui.programs;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.registry.RegistryContents;
import io.adsdesk.ui.common.Formats;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one registry load gives the programs screen, built on the worker in one pass:
 * the rows, the business options (with program counts, most programs first), and each business's
 * rows in load order (a business change then tests a few dozen rows, not all of them).
 */
public record ProgramsSnapshot(List<ProgramRow> rows, List<BusinessOption> businesses, Instant lastSyncedAt,
                               Map<String, List<ProgramRow>> rowsByBusiness) {
    public static final ProgramsSnapshot EMPTY = new ProgramsSnapshot(List.of(), List.of(), null, Map.of());

    private record Built(RegistryContents contents, LocalDate today, ProgramsSnapshot snapshot) {
    }

    /** The last snapshot built from loaded contents, so the start-up preload and the screen share one. */
    private static volatile SoftReference<Built> last = new SoftReference<>(null);

    /**
     * The snapshot of one loaded state of a registry. Building it twice for the same contents object
     * and day gives the same rows: the app builds it while the window is still opening, and the
     * screen's first load then finds it ready.
     */
    public static ProgramsSnapshot of(RegistryContents contents, LocalDate today, Instant lastSyncedAt) {
        Built built = last.get();
        if (built == null || built.contents() != contents || !built.today().equals(today)) {
            built = new Built(contents, today, build(contents.programs(), contents.businesses(), today, lastSyncedAt));
            last = new SoftReference<>(built);
        }
        return new ProgramsSnapshot(built.snapshot().rows(), built.snapshot().businesses(), lastSyncedAt,
                built.snapshot().rowsByBusiness());
    }

    /**
     * Every other column's text as the table shows it (type, status, dates, money, counts, autobid,
     * features), one per line, so a search finds what the user sees. Built once per load: a
     * keystroke then tests one string per row, however many columns there are.
     */
    static void appendShownValues(StringBuilder key, Program p, ProgramStatus status, String featuresText,
                                  ShownValues shown) {
        key.append('\n').append(p.programType() == null ? "" : p.programType())
                .append('\n').append(status.name())
                .append('\n').append(shown.date(p.startDate()))
                .append('\n').append(p.endDate() == null ? Formats.OPEN_END : shown.date(p.endDate()))
                .append('\n').append(shown.dollars(p.budgetCents()))
                .append('\n').append(shown.dollars(p.maxBidCents()))
                .append('\n').append(Formats.yesNo(p.autobid())).append('\n');
        Formats.appendCount(key, p.billedImpressions()).append('\n');
        Formats.appendCount(key, p.billedClicks()).append('\n');
        key.append(shown.dollars(p.adCostCents())).append('\n').append(featuresText);
    }

    /**
     * Dates and amounts as shown, spelled once per distinct value: 100,000 programs carry a few
     * hundred dates and budgets, and formatting each again took most of the rows' build time.
     */
    static final class ShownValues {
        private final Map<LocalDate, String> dates = new HashMap<>();
        private final Map<Long, String> amounts = new HashMap<>();

        String date(LocalDate d) {
            return d == null ? Formats.date(null) : dates.computeIfAbsent(d, Formats::date);
        }

        String dollars(Long cents) {
            return cents == null ? Formats.dollars((Long) null) : amounts.computeIfAbsent(cents, c -> Formats.dollars(c));
        }
    }

    public static ProgramsSnapshot build(List<Program> programs, List<Business> knownBusinesses,
                                         LocalDate today, Instant lastSyncedAt) {
        Map<String, String> names = new HashMap<>(knownBusinesses.size() * 2);
        for (Business b : knownBusinesses) {
            names.put(b.yelpBusinessId(), b.displayName());
        }
        Map<String, int[]> counts = new HashMap<>();
        Map<String, List<ProgramRow>> byBusiness = new HashMap<>();
        // Shared, not per row: 100,000 rows carry a few thousand distinct names and feature sets.
        Map<String, String> sortKeys = new HashMap<>();
        Map<List<String>, String> featureTexts = new HashMap<>();
        List<ProgramRow> rows = new ArrayList<>(programs.size());
        StringBuilder key = new StringBuilder(192);
        ShownValues shown = new ShownValues();
        for (Program p : programs) {
            List<String> ids = new ArrayList<>(p.businesses().size());
            List<String> displayNames = new ArrayList<>(p.businesses().size());
            key.setLength(0);
            key.append(p.programId());
            for (ProgramBusiness pb : p.businesses()) {
                String id = pb.yelpBusinessId();
                if (id == null || ids.contains(id)) {
                    continue;
                }
                String name = names.getOrDefault(id, id);
                ids.add(id);
                displayNames.add(name);
                key.append('\n').append(id).append('\n').append(name);
                if (pb.partnerBusinessId() != null) {
                    key.append('\n').append(pb.partnerBusinessId());
                }
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
            }
            String businessName = displayNames.isEmpty() ? "" : displayNames.getFirst();
            ProgramStatus status = p.status(today);
            String featuresText = featureTexts.computeIfAbsent(p.activeFeatures(), Formats::features);
            appendShownValues(key, p, status, featuresText, shown);
            ProgramRow row = new ProgramRow(p, status, businessName,
                    ids.isEmpty() ? "" : ids.getFirst(),
                    List.copyOf(ids), List.copyOf(displayNames),
                    key.toString().toLowerCase(Locale.ROOT),
                    sortKeys.computeIfAbsent(businessName, n -> n.toLowerCase(Locale.ROOT)),
                    featuresText);
            rows.add(row);
            for (String id : ids) {
                byBusiness.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            }
        }
        List<BusinessOption> options = new ArrayList<>(counts.size());
        counts.forEach((id, n) -> options.add(new BusinessOption(id, names.getOrDefault(id, id), n[0])));
        options.sort(Comparator.comparingInt(BusinessOption::programCount).reversed()
                .thenComparing(o -> o.name().toLowerCase(Locale.ROOT))
                .thenComparing(BusinessOption::businessId));
        return new ProgramsSnapshot(List.copyOf(rows), List.copyOf(options), lastSyncedAt, byBusiness);
    }
}
