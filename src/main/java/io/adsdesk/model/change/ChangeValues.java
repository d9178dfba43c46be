package io.adsdesk.model.change;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The canonical text of a change's values, read from a program and shown to people. Budget and
 * max bid are integer cents ({@code "12500"}); a max bid may be {@link #AUTOMATIC}; dates are
 * {@code yyyy-MM-dd}; an end date may be {@link #OPEN_END}; the state is {@link #RUNNING},
 * {@link #PAUSED} or {@link #ENDED}.
 */
public final class ChangeValues {
    public static final String AUTOMATIC = "AUTO";
    public static final String OPEN_END = "OPEN";
    public static final String RUNNING = "RUNNING";
    public static final String PAUSED = "PAUSED";
    public static final String ENDED = "ENDED";

    private ChangeValues() {
    }

    public static String cents(long cents) {
        return Long.toString(cents);
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** The program's current value of the field in canonical text; null when the program has none. */
    public static String of(Program p, ChangeField field, LocalDate today) {
        return switch (field) {
            case BUDGET -> p.budgetCents() == null ? null : cents(p.budgetCents());
            case MAX_BID -> Boolean.TRUE.equals(p.autobid()) ? AUTOMATIC
                    : p.maxBidCents() == null ? null : cents(p.maxBidCents());
            case START_DATE -> p.startDate() == null ? null : date(p.startDate());
            case END_DATE -> p.endDate() == null || p.endDate().equals(PacificDate.OPEN_END) ? OPEN_END : date(p.endDate());
            case STATE -> state(p, today);
        };
    }

    private static String state(Program p, LocalDate today) {
        ProgramStatus status = p.status(today);
        if (status == ProgramStatus.PAST) {
            return ENDED;
        }
        return status == ProgramStatus.PAUSED ? PAUSED : RUNNING;
    }

    /** Integer cents of a money value; null for {@link #AUTOMATIC}, null or a value that is not a number. */
    public static Long centsOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The date of a date value; null for {@link #OPEN_END}, null or a value that is not a date. */
    public static LocalDate dateOf(String value) {
        if (value == null || value.equals(OPEN_END)) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A value as a person reads it: "$125.00", "automatic", "open-ended", "Paused"; "" for null. */
    public static String display(ChangeField field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case BUDGET, MAX_BID -> value.equals(AUTOMATIC) ? "automatic" : money(value);
            case START_DATE -> value;
            case END_DATE -> value.equals(OPEN_END) ? "open-ended" : value;
            case STATE -> switch (value) {
                case RUNNING -> "Running";
                case PAUSED -> "Paused";
                case ENDED -> "Ended";
                default -> value;
            };
        };
    }

    private static String money(String value) {
        Long cents = centsOf(value);
        if (cents == null) {
            return value;
        }
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + String.format(Locale.ROOT, "$%,d.%02d", abs / 100, abs % 100);
    }
}
