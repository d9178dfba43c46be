package io.adsdesk.actions;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.PacingMethod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a program command before anything is sent: pure, no I/O; "today" is the Pacific date of
 * the clock. An edit, end, pause or resume is judged against {@code current}, the program it names. Returns every problem found, one per field at most; an empty list means "send it".
 * Yelp checks again inside the job; these rules only spare the user a round trip.
 */
public final class ActionValidator {
    public static final long MIN_BUDGET_CENTS = 2500;
    public static final long MIN_MAX_BID_CENTS = 25;
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9_]+(-[a-z0-9_]+)*");
    private static final Pattern YELP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_ALIAS_LENGTH = 64;
    private static final String CPC_ONLY = "applies to CPC programs only.";
    /** The last date the API can be sent, also its "no end" marker. */
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final Clock clock;

    public ActionValidator(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return PacificDate.today(clock);
    }

    public List<FieldError> validateCreate(CreateProgram r) {
        Errors errors = new Errors();
        LocalDate today = today();
        if (r.businessId() == null || r.businessId().isBlank()) {
            errors.add("business_id", "Choose a business.");
        } else if (!YELP_ID.matcher(r.businessId()).matches()) {
            errors.add("business_id", "Enter the encrypted Yelp business ID (letters, digits, '-' and '_').");
        }
        if (r.programType() == null || Arrays.stream(ProgramType.values()).noneMatch(t -> t.name().equals(r.programType()))) {
            errors.add("program_name", "Choose a program type.");
        }
        if (r.start() != null && r.start().isBefore(today)) {
            errors.add("start", "The start date cannot be in the past (today is " + today + " in Pacific time).");
        }
        tooLate(errors, "start", r.start());
        tooLate(errors, "end", r.end());
        LocalDate start = r.start() == null ? today : r.start();
        if (r.end() != null && r.end().isBefore(today)) {
            errors.add("end", "The end date cannot be in the past.");
        } else if (r.end() != null && r.end().isBefore(start)) {
            errors.add("end", "The end date cannot be before the start date.");
        }
        if (r.currency() != null && !CURRENCY.matcher(r.currency()).matches()) {
            errors.add("currency", "Use a three-letter currency code such as USD.");
        }
        if (r.isCpc()) {
            cpcCreate(r, errors);
        } else {
            notCpc(errors, r.budgetCents(), "budget");
            notCpc(errors, r.autobid(), "is_autobid");
            notCpc(errors, r.maxBidCents(), "max_bid");
            notCpc(errors, r.pacing(), "pacing_method");
            notCpc(errors, r.feePeriod(), "fee_period");
            notCpc(errors, r.adCategories(), "ad_categories");
        }
        return errors.list();
    }

    private static void cpcCreate(CreateProgram r, Errors errors) {
        if (r.budgetCents() == null) {
            errors.add("budget", "A CPC program needs a monthly budget.");
        } else {
            budget(errors, r.budgetCents());
        }
        if (r.autobid() == null) {
            errors.add("is_autobid", "Choose automatic or manual bidding.");
        } else if (!r.autobid() && r.maxBidCents() == null) {
            errors.add("max_bid", "Manual bidding needs a maximum bid.");
        } else if (r.autobid() && r.maxBidCents() != null) {
            errors.add("max_bid", "Leave the maximum bid empty with automatic bidding.");
        }
        if (r.maxBidCents() != null && !Boolean.TRUE.equals(r.autobid())) {
            maxBid(errors, r.maxBidCents(), r.budgetCents());
        }
        if (r.pacing() == PacingMethod.UNPACED && Boolean.TRUE.equals(r.autobid())) {
            errors.add("pacing_method", "Unpaced delivery cannot be combined with automatic bidding.");
        }
        categories(errors, r.adCategories());
    }

    public List<FieldError> validateEdit(Program current, EditProgram r) {
        Errors errors = new Errors();
        LocalDate today = today();
        if (current.status(today) == ProgramStatus.PAST) {
            errors.add("program", "This program has ended; it can no longer be changed.");
            return errors.list();
        }
        if (r.changesNothing()) {
            errors.add("program", "Nothing to change.");
            return errors.list();
        }
        tooLate(errors, "start", r.start());
        tooLate(errors, "end", r.end());
        tooLate(errors, "future_budget_date", r.futureBudgetDate());
        if (r.start() != null) {
            if (current.startDate() != null && !current.startDate().isAfter(today)) {
                errors.add("start", "The start date cannot change once the program has started.");
            } else if (r.start().isBefore(today)) {
                errors.add("start", "The start date cannot be in the past.");
            }
        }
        LocalDate start = r.start() != null ? r.start() : current.startDate();
        if (r.end() != null && r.end().isBefore(today)) {
            errors.add("end", "The end date cannot be in the past.");
        } else if (r.end() != null && start != null && r.end().isBefore(start)) {
            errors.add("end", "The end date cannot be before the start date.");
        }
        if (!"CPC".equals(current.programType())) {
            notCpc(errors, r.budgetCents(), "budget");
            notCpc(errors, r.futureBudgetDate(), "future_budget_date");
            notCpc(errors, r.maxBidCents(), "max_bid");
            notCpc(errors, r.pacing(), "pacing_method");
            notCpc(errors, r.adCategories(), "ad_categories");
            return errors.list();
        }
        cpcEdit(current, r, today, errors);
        return errors.list();
    }

    private static void cpcEdit(Program current, EditProgram r, LocalDate today, Errors errors) {
        boolean autobid = Boolean.TRUE.equals(current.autobid());
        if (r.budgetCents() != null) {
            budget(errors, r.budgetCents());
        }
        Long budget = r.budgetCents() != null ? r.budgetCents() : current.budgetCents();
        if (r.maxBidCents() != null) {
            if (autobid) {
                errors.add("max_bid", "This program bids automatically; a maximum bid applies to manual bidding only.");
            } else {
                maxBid(errors, r.maxBidCents(), budget);
            }
        } else if (r.budgetCents() != null && !autobid && current.maxBidCents() != null
                && current.maxBidCents() > r.budgetCents()) {
            errors.add("budget", "The budget cannot be lower than the maximum bid (" + Money.format(current.maxBidCents()) + ").");
        }
        if (r.futureBudgetDate() != null && r.budgetCents() == null) {
            errors.add("future_budget_date", "A scheduled change needs the new budget.");
        } else if (r.futureBudgetDate() != null && !r.futureBudgetDate().isAfter(today)) {
            errors.add("future_budget_date", "A scheduled budget change must be for a date after today.");
        }
        if (r.pacing() == PacingMethod.UNPACED && autobid) {
            errors.add("pacing_method", "Unpaced delivery cannot be combined with automatic bidding.");
        }
        categories(errors, r.adCategories());
    }

    public List<FieldError> validateEnd(Program current) {
        return current.status(today()) == ProgramStatus.PAST
                ? List.of(new FieldError("program", "This program has already ended.")) : List.of();
    }

    public List<FieldError> validatePause(Program current, boolean pause) {
        if (!"CPC".equals(current.programType())) {
            return List.of(new FieldError("program", "Only CPC programs can be paused or resumed."));
        }
        ProgramStatus status = current.status(today());
        if (pause && status != ProgramStatus.CURRENT) {
            return List.of(new FieldError("program", status == ProgramStatus.PAUSED
                    ? "The program is already paused." : "Only a running program can be paused."));
        }
        if (!pause && status != ProgramStatus.PAUSED) {
            return List.of(new FieldError("program", "Only a paused program can be resumed."));
        }
        return List.of();
    }

    /** The API's dates are YYYY-MM-DD: nothing after {@link #LAST_DATE}. */
    private static void tooLate(Errors errors, String field, LocalDate date) {
        if (date != null && date.isAfter(LAST_DATE)) {
            errors.add(field, "Choose a date no later than " + LAST_DATE + ".");
        }
    }

    private static void budget(Errors errors, long cents) {
        if (cents < MIN_BUDGET_CENTS) {
            errors.add("budget", "The budget must be at least " + Money.format(MIN_BUDGET_CENTS) + " a month.");
        }
    }

    private static void maxBid(Errors errors, long cents, Long budget) {
        if (cents < MIN_MAX_BID_CENTS) {
            errors.add("max_bid", "The maximum bid must be at least " + Money.format(MIN_MAX_BID_CENTS) + ".");
        } else if (budget != null && cents > budget) {
            errors.add("max_bid", "The maximum bid cannot be higher than the budget (" + Money.format(budget) + ").");
        }
    }

    private static void categories(Errors errors, List<String> aliases) {
        if (aliases == null) {
            return;
        }
        if (aliases.isEmpty()) {
            errors.add("ad_categories", "Give at least one category, or leave categories out to let Yelp choose.");
            return;
        }
        for (String alias : aliases) {
            if (alias != null && alias.length() > MAX_ALIAS_LENGTH) {
                errors.add("ad_categories", "'" + Money.shown(alias) + "' is too long for a category alias.");
                return;
            }
            if (alias == null || !ALIAS.matcher(alias).matches()) {
                errors.add("ad_categories", "'" + Money.shown(String.valueOf(alias)) + "' is not a category alias; use aliases such as 'hvac' "
                        + "or 'plumbing', not display names.");
                return;
            }
        }
    }

    private static void notCpc(Errors errors, Object value, String field) {
        if (value != null) {
            errors.add(field, field + " " + CPC_ONLY);
        }
    }

    /** Keeps the first problem per field. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            if (list.stream().noneMatch(e -> e.field().equals(field))) {
                list.add(new FieldError(field, message));
            }
        }

        List<FieldError> list() {
            return List.copyOf(list);
        }
    }
}
