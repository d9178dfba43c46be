package io.adsdesk.ui.jobs;

import io.adsdesk.actions.Money;
import io.adsdesk.model.Program;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the form's values into a program command: dollars to cents (here, through {@link Money}), the
 * category text to aliases, and for an edit only what differs from the program. Parse problems
 * are collected per field. Pure.
 */
final class FormRequests {
    private final Map<FormField, String> errors = new EnumMap<>(FormField.class);

    Map<FormField, String> errors() {
        return errors;
    }

    CreateProgram create(FormValues v) {
        boolean cpc = v.isCpc();
        Long budget = cpc ? dollars(FormField.BUDGET, v.budgetText()) : null;
        boolean autobid = v.autobid();
        Long maxBid = cpc && !autobid ? dollars(FormField.MAX_BID, v.maxBidText()) : null;
        return new CreateProgram(blankToNull(v.businessId()), v.type() == null ? null : v.type().name(), null,
                v.start(), v.end(), budget, null, cpc ? autobid : null, maxBid, cpc ? v.pacing() : null,
                cpc ? v.feePeriod() : null, cpc ? categories(v.categoriesText()) : null);
    }

    /** Only the fields that differ from {@code p}; a future budget date always sends the budget. */
    EditProgram edit(Program p, FormValues v) {
        EditProgram r = EditProgram.of(p.programId());
        if (!Objects.equals(v.start(), p.startDate())) {
            r = r.withStart(v.start());
        }
        if (v.end() != null && !v.end().equals(p.endDate())) {
            r = r.withEnd(v.end());
        }
        if (!"CPC".equals(p.programType())) {
            return r;
        }
        Long budget = dollars(FormField.BUDGET, v.budgetText());
        if (budget != null && (!budget.equals(p.budgetCents()) || v.futureBudgetDate() != null)) {
            r = r.withBudget(budget);
        }
        if (v.futureBudgetDate() != null) {
            r = r.withFutureBudgetDate(v.futureBudgetDate());
        }
        if (!Boolean.TRUE.equals(p.autobid())) {
            Long maxBid = dollars(FormField.MAX_BID, v.maxBidText());
            if (maxBid != null && !maxBid.equals(p.maxBidCents())) {
                r = r.withMaxBid(maxBid);
            }
        }
        if (v.pacing() != null) {
            r = r.withPacing(v.pacing());
        }
        List<String> cats = categories(v.categoriesText());
        if (cats != null && !cats.equals(p.adCategories())) {
            r = r.withCategories(cats);
        }
        return r;
    }

    private Long dollars(FormField field, String text) {
        if (text == null || text.isBlank()) {
            return null; // the engine's validator names what is missing
        }
        try {
            return Money.parseDollars(text);
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    /** "hvac, plumbing" to [hvac, plumbing]; blank to null (let Yelp choose). */
    static List<String> categories(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
