package io.adsdesk.ui.queue;

import io.adsdesk.queue.BulkEdit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What the bulk change dialog asks: the kind of change, its value, and an optional "post at"
 * date and time in the user's zone. Each input is checked on its own, with a one-line message
 * for the field it belongs to; {@link #edit()} is only asked for once there is none.
 */
public final class BulkChangeForm {

    /** The kinds of change the dialog offers, in its order. */
    public enum Kind {
        SET_BUDGET("Set budget to", Input.MONEY),
        BUDGET_PERCENT("Change budget by %", Input.PERCENT),
        BUDGET_AMOUNT("Change budget by amount", Input.SIGNED_MONEY),
        SET_MAX_BID("Set max bid to", Input.MONEY),
        SET_END_DATE("Set end date to", Input.DATE),
        OPEN_ENDED("Make open-ended", Input.NONE),
        PAUSE("Pause", Input.NONE),
        RESUME("Resume", Input.NONE),
        END("End", Input.NONE);

        private final String label;
        private final Input input;

        Kind(String label, Input input) {
            this.label = label;
            this.input = input;
        }

        public String label() {
            return label;
        }

        public Input input() {
            return input;
        }
    }

    /** Which field a kind needs. */
    public enum Input { MONEY, SIGNED_MONEY, PERCENT, DATE, NONE }

    private static final BigDecimal LARGEST_PERCENT = new BigDecimal("1000");
    private static final BigDecimal LARGEST_DOLLARS = new BigDecimal("10000000");

    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.SET_BUDGET);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalDate> postDate = new SimpleObjectProperty<>(this, "postDate");
    private final StringProperty postTime = new SimpleStringProperty(this, "postTime", "");

    public BulkChangeForm(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The amount or percentage as typed ("$125", "1,250.50", "-10", "12.5"). */
    public StringProperty valueProperty() {
        return value;
    }

    /** The new end date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The day to post on; null: post when the user posts. */
    public ObjectProperty<LocalDate> postDateProperty() {
        return postDate;
    }

    /** The time of day to post at ("09:30"); blank: midnight. */
    public StringProperty postTimeProperty() {
        return postTime;
    }

    /** What is wrong with the value or the end date, in one line; null when it is fine. */
    public String valueProblem() {
        Kind k = kind.get();
        switch (k.input()) {
            case NONE:
                return null;
            case DATE:
                LocalDate d = date.get();
                if (d == null) {
                    return "Pick the new end date.";
                }
                return d.isBefore(LocalDate.now(clock.withZone(zone))) ? "The end date is in the past." : null;
            default:
                String text = value.get() == null ? "" : value.get().strip();
                if (text.isEmpty()) {
                    return k.input() == Input.PERCENT ? "Type a percentage, like 10 or -5." : "Type an amount in dollars.";
                }
                BigDecimal n = number(text);
                if (n == null) {
                    return k.input() == Input.PERCENT ? "Not a percentage: type a number like 10 or -5."
                            : "Not an amount: type dollars and cents, like 125 or 12.50.";
                }
                if (k.input() == Input.PERCENT) {
                    if (n.signum() == 0) {
                        return "A change of 0% changes nothing.";
                    }
                    if (n.compareTo(new BigDecimal("-100")) <= 0) {
                        return "A budget cannot go down by 100% or more.";
                    }
                    return n.compareTo(LARGEST_PERCENT) > 0 ? "At most +1000%." : null;
                }
                if (n.scale() > 2 && n.stripTrailingZeros().scale() > 2) {
                    return "At most two digits after the point (cents).";
                }
                if (n.abs().compareTo(LARGEST_DOLLARS) > 0) {
                    return "That amount is too large.";
                }
                if (k.input() == Input.SIGNED_MONEY) {
                    return n.signum() == 0 ? "A change of $0 changes nothing." : null;
                }
                return n.signum() <= 0 ? "The amount must be more than $0." : null;
        }
    }

    /** What is wrong with the "post at" date and time, in one line; null when it is fine or empty. */
    public String postAtProblem() {
        String time = postTime.get() == null ? "" : postTime.get().strip();
        if (postDate.get() == null) {
            return time.isEmpty() ? null : "Pick the day to post on, or clear the time.";
        }
        if (!time.isEmpty() && time(time) == null) {
            return "Type the time as hours and minutes, like 09:30.";
        }
        Instant at = postAt();
        return at != null && !at.isAfter(clock.instant()) ? "That time has passed: pick a later one." : null;
    }

    /** Both inputs are fine. */
    public boolean valid() {
        return valueProblem() == null && postAtProblem() == null;
    }

    /** When to post, in the user's zone; null: not scheduled. */
    public Instant postAt() {
        LocalDate day = postDate.get();
        if (day == null) {
            return null;
        }
        String text = postTime.get() == null ? "" : postTime.get().strip();
        LocalTime t = text.isEmpty() ? LocalTime.MIDNIGHT : time(text);
        return t == null ? null : day.atTime(t).atZone(zone).toInstant();
    }

    /** The edit to queue; only when {@link #valid()}. */
    public BulkEdit edit() {
        if (valueProblem() != null) {
            throw new IllegalStateException(valueProblem());
        }
        return switch (kind.get()) {
            case SET_BUDGET -> new BulkEdit.SetBudget(cents(number(value.get().strip())));
            case BUDGET_PERCENT -> new BulkEdit.ChangeBudgetByPercent(number(value.get().strip()));
            case BUDGET_AMOUNT -> new BulkEdit.ChangeBudgetByAmount(cents(number(value.get().strip())));
            case SET_MAX_BID -> new BulkEdit.SetMaxBid(cents(number(value.get().strip())));
            case SET_END_DATE -> new BulkEdit.SetEndDate(date.get());
            case OPEN_ENDED -> new BulkEdit.OpenEnded();
            case PAUSE -> new BulkEdit.Pause();
            case RESUME -> new BulkEdit.Resume();
            case END -> new BulkEdit.End();
        };
    }

    private static long cents(BigDecimal dollars) {
        return dollars.movePointRight(2).longValueExact();
    }

    /** "$1,250.50", "+10", "-5 %" → the number; null when it is not one. */
    private static BigDecimal number(String text) {
        String t = text.replace(",", "").replace("$", "").replace("%", "").replace(" ", "");
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || !t.matches("-?\\d*(\\.\\d*)?") || t.equals("-") || t.equals(".") || t.equals("-.")) {
            return null;
        }
        return new BigDecimal(t);
    }

    /** "9:30", "09:30" → the time of day; null when it is not one. */
    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 && text.charAt(1) == ':' ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
