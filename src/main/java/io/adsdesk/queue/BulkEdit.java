package io.adsdesk.queue;

import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One bulk change a user makes on a selection: each turns into one pending change per program
 * (none for a program it would not change, e.g. a pause on a program already paused).
 */
public sealed interface BulkEdit {

    ChangeField field();

    /**
     * The new value for {@code p} in canonical text, given the value it is changed from
     * ({@code current}: Yelp's, or an earlier pending change's new value); empty when it changes nothing.
     */
    Optional<String> newValue(Program p, String current);

    /** A few words for the undo menu: "Set budget to $50.00". */
    String description();

    /** Sets the monthly budget. */
    record SetBudget(long cents) implements BulkEdit {
        public ChangeField field() {
            return ChangeField.BUDGET;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.cents(cents));
        }

        public String description() {
            return "Set budget to " + ChangeValues.display(ChangeField.BUDGET, ChangeValues.cents(cents));
        }
    }

    /** Changes the budget by a percentage, e.g. 10 for +10 %, -5.5 for -5.5 %; rounded to the cent. */
    record ChangeBudgetByPercent(BigDecimal percent) implements BulkEdit {
        public ChangeBudgetByPercent {
            Objects.requireNonNull(percent, "percent");
        }

        public ChangeField field() {
            return ChangeField.BUDGET;
        }

        public Optional<String> newValue(Program p, String current) {
            Long cents = ChangeValues.centsOf(current);
            if (cents == null) {
                return Optional.empty();
            }
            long changed = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(100).add(percent))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            return differs(current, ChangeValues.cents(changed));
        }

        public String description() {
            return "Change budget by " + (percent.signum() > 0 ? "+" : "") + percent.stripTrailingZeros().toPlainString() + " %";
        }
    }

    /** Changes the budget by an amount in cents (negative to lower it). */
    record ChangeBudgetByAmount(long cents) implements BulkEdit {
        public ChangeField field() {
            return ChangeField.BUDGET;
        }

        public Optional<String> newValue(Program p, String current) {
            Long old = ChangeValues.centsOf(current);
            return old == null ? Optional.empty() : differs(current, ChangeValues.cents(old + cents));
        }

        public String description() {
            String amount = ChangeValues.display(ChangeField.BUDGET, ChangeValues.cents(Math.abs(cents)));
            return "Change budget by " + (cents < 0 ? "-" : "+") + amount;
        }
    }

    /** Sets a manual maximum bid. */
    record SetMaxBid(long cents) implements BulkEdit {
        public ChangeField field() {
            return ChangeField.MAX_BID;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.cents(cents));
        }

        public String description() {
            return "Set max bid to " + ChangeValues.display(ChangeField.MAX_BID, ChangeValues.cents(cents));
        }
    }

    /** Switches to automatic bidding. */
    record AutomaticBidding() implements BulkEdit {
        public ChangeField field() {
            return ChangeField.MAX_BID;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.AUTOMATIC);
        }

        public String description() {
            return "Switch to automatic bidding";
        }
    }

    /** Sets the end date. */
    record SetEndDate(LocalDate date) implements BulkEdit {
        public SetEndDate {
            Objects.requireNonNull(date, "date");
        }

        public ChangeField field() {
            return ChangeField.END_DATE;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.date(date));
        }

        public String description() {
            return "Set end date to " + date;
        }
    }

    /** Removes the end date. */
    record OpenEnded() implements BulkEdit {
        public ChangeField field() {
            return ChangeField.END_DATE;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.OPEN_END);
        }

        public String description() {
            return "Make open-ended";
        }
    }

    /** Pauses running programs. */
    record Pause() implements BulkEdit {
        public ChangeField field() {
            return ChangeField.STATE;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.PAUSED);
        }

        public String description() {
            return "Pause";
        }
    }

    /** Resumes paused programs. */
    record Resume() implements BulkEdit {
        public ChangeField field() {
            return ChangeField.STATE;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.RUNNING);
        }

        public String description() {
            return "Resume";
        }
    }

    /** Ends programs today. */
    record End() implements BulkEdit {
        public ChangeField field() {
            return ChangeField.STATE;
        }

        public Optional<String> newValue(Program p, String current) {
            return differs(current, ChangeValues.ENDED);
        }

        public String description() {
            return "End";
        }
    }

    private static Optional<String> differs(String current, String wanted) {
        return wanted.equals(current) ? Optional.empty() : Optional.of(wanted);
    }
}
