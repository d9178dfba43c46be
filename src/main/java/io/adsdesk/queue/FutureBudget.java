package io.adsdesk.queue;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.PendingChange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Where Yelp's own scheduled budget change fits: a budget change posted at the start of a later
 * day, Pacific time (Yelp's program dates are Pacific), goes to Yelp at once with
 * {@code future_budget_date}; Yelp applies it on that day whether AdsDesk runs or not.
 */
final class FutureBudget {
    private FutureBudget() {
    }

    /** The date to hand to Yelp, or null when the change is not such a budget change. */
    static LocalDate date(PendingChange c, Clock clock) {
        if (c.field() != ChangeField.BUDGET || c.postAt() == null) {
            return null;
        }
        ZonedDateTime at = c.postAt().atZone(PacificDate.ZONE);
        LocalDate day = at.toLocalDate();
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) && day.isAfter(PacificDate.today(clock)) ? day : null;
    }
}
