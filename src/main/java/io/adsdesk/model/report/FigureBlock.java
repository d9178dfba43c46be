package io.adsdesk.model.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program's figures for one business over one period, packed: daily figures of one calendar
 * month (a slot per day), or monthly figures of one calendar year (a slot per month). A slot holds
 * a figure when its bit in {@code present} is set. This is how figures are stored and read in bulk;
 * {@link #rows()} unpacks them. The arrays are never changed once the block is built.
 */
public record FigureBlock(
        Granularity granularity,
        LocalDate periodStart,
        String businessId,
        String programId,
        String programType,
        long[] impressions,
        long[] clicks,
        long[] costCents,
        long present) {

    public FigureBlock {
        Objects.requireNonNull(granularity, "granularity");
        if (!periodStart.equals(periodOf(granularity, periodStart))) {
            throw new IllegalArgumentException("a block starts on the first day of its period");
        }
        programType = programType == null ? "" : programType;
        int n = slots(granularity, periodStart);
        if (impressions.length != n || clicks.length != n || costCents.length != n) {
            throw new IllegalArgumentException("a block has one slot per day of its month or month of its year");
        }
    }

    /** The start of the period a date falls in: the 1st of its month (daily), the 1st of January (monthly). */
    public static LocalDate periodOf(Granularity granularity, LocalDate date) {
        return granularity == Granularity.DAILY ? date.withDayOfMonth(1) : date.withDayOfYear(1);
    }

    public static int slots(Granularity granularity, LocalDate periodStart) {
        return granularity == Granularity.DAILY ? periodStart.lengthOfMonth() : 12;
    }

    public static int slotOf(Granularity granularity, LocalDate date) {
        return granularity == Granularity.DAILY ? date.getDayOfMonth() - 1 : date.getMonthValue() - 1;
    }

    public LocalDate slotDate(int slot) {
        return granularity == Granularity.DAILY ? periodStart.plusDays(slot) : periodStart.plusMonths(slot);
    }

    /** Slot {@code slot}'s position counted from {@code first} (days, or months for monthly). */
    public long offsetFrom(LocalDate first) {
        return granularity == Granularity.DAILY ? periodStart.toEpochDay() - first.toEpochDay()
                : ChronoUnit.MONTHS.between(first, periodStart);
    }

    public boolean has(int slot) {
        return (present & (1L << slot)) != 0;
    }

    public boolean isEmpty() {
        return present == 0;
    }

    /** The figures held, as rows, in date order. */
    public List<FigureRow> rows() {
        List<FigureRow> out = new ArrayList<>(Long.bitCount(present));
        for (int i = 0; i < impressions.length; i++) {
            if (has(i)) {
                out.add(new FigureRow(granularity, slotDate(i), businessId, programId, programType, impressions[i], clicks[i],
                        costCents[i]));
            }
        }
        return out;
    }

    /** Packs rows into blocks, one per business, program and period; a later row for the same slot wins. */
    public static List<FigureBlock> pack(Collection<FigureRow> rows) {
        record Key(Granularity g, LocalDate period, String business, String program) {
        }
        Map<Key, FigureBlock> blocks = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            LocalDate period = periodOf(r.granularity(), r.date());
            Key key = new Key(r.granularity(), period, r.businessId(), r.programId());
            FigureBlock b = blocks.get(key);
            if (b == null) {
                int n = slots(r.granularity(), period);
                b = new FigureBlock(r.granularity(), period, r.businessId(), r.programId(), r.programType(), new long[n],
                        new long[n], new long[n], 0);
            }
            int slot = slotOf(r.granularity(), r.date());
            b.impressions[slot] = r.billedImpressions();
            b.clicks[slot] = r.billedClicks();
            b.costCents[slot] = r.adCostCents();
            blocks.put(key, new FigureBlock(b.granularity, b.periodStart, b.businessId, b.programId,
                    r.programType().isEmpty() ? b.programType : r.programType(), b.impressions, b.clicks, b.costCents,
                    b.present | (1L << slot)));
        }
        return new ArrayList<>(blocks.values());
    }
}
