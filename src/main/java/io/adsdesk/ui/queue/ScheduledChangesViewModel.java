package io.adsdesk.ui.queue;

import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.CheckedChange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Scheduled list: the open changes that carry a "post at" time, soonest first, each with a
 * countdown to its time; Cancel (the change is removed, as Revert does; Ctrl+Z brings it back),
 * Unschedule (it posts with the rest) and Reschedule to a new date and time in the user's zone,
 * which must lie ahead. The list follows the pending changes (stored in the registry, so it is the
 * same after a restart); the countdowns move when {@link #tick()} reads the clock again.
 */
public final class ScheduledChangesViewModel {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Comparator<CheckedChange> SOONEST = Comparator
            .comparing((CheckedChange c) -> c.change().postAt()).thenComparingLong(c -> c.change().id());

    private final PendingChangesViewModel pending;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<CheckedChange> scheduled = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public ScheduledChangesViewModel(PendingChangesViewModel pending, Clock clock, ZoneId zone) {
        this.pending = pending;
        this.clock = clock;
        this.zone = zone;
        now.set(clock.instant());
        pending.changes().addListener((ListChangeListener<CheckedChange>) c -> refresh());
        date.addListener((obs, old, d) -> error.set(null));
        time.addListener((obs, old, t) -> error.set(null));
        refresh();
    }

    private void refresh() {
        List<CheckedChange> list = pending.changes().stream().filter(c -> c.change().scheduled()).sorted(SOONEST).toList();
        if (!list.equals(scheduled)) {
            scheduled.setAll(list);
        }
    }

    /** Reads the clock again: the countdowns move. The view calls it every second. */
    public void tick() {
        now.set(clock.instant());
    }

    /** "in 2 h 14 min" to the change's time, as of the last {@link #tick()}. */
    public String countdown(CheckedChange c) {
        return countdown(c.change().postAt(), now.get());
    }

    /**
     * The time left, rounded up to the second, in its two largest units: "in 3 d 4 h", "in 2 h 14 min",
     * "in 9 min 5 s", "in 40 s"; "due now" once the time has come (the next due check posts it).
     */
    public static String countdown(Instant at, Instant now) {
        Duration left = Duration.between(now, at);
        if (!left.isPositive()) {
            return "due now";
        }
        long s = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        long days = s / 86_400;
        long hours = s % 86_400 / 3_600;
        long minutes = s % 3_600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return "in " + days + " d " + hours + " h";
        }
        if (hours > 0) {
            return "in " + hours + " h " + minutes + " min";
        }
        return minutes > 0 ? "in " + minutes + " min " + seconds + " s" : "in " + seconds + " s";
    }

    /** The change's time in the user's zone: "2026-03-19 14:30". */
    public String postAt(CheckedChange c) {
        return AT.format(c.change().postAt().atZone(zone));
    }

    /** Fills the date and time fields with this change's time, to be edited. */
    public void edit(CheckedChange c) {
        if (c == null || c.change().postAt() == null) {
            return;
        }
        ZonedDateTime at = c.change().postAt().atZone(zone);
        date.set(at.toLocalDate());
        time.set(TIME.format(at));
        error.set(null);
    }

    /** What is wrong with the new date and time, in one line; null when they name a time ahead. */
    public String problem() {
        String t = time.get() == null ? "" : time.get().strip();
        if (date.get() == null) {
            return "Pick the day to post on.";
        }
        LocalTime parsed = t.isEmpty() ? LocalTime.MIDNIGHT : BulkChangeForm.time(t);
        if (parsed == null) {
            return "Type the time as hours and minutes, like 09:30.";
        }
        Instant at = date.get().atTime(parsed).atZone(zone).toInstant();
        return at.isAfter(clock.instant()) ? null : "That time has passed: pick a later one.";
    }

    /** The new time the fields name; null while {@link #problem()} has something to say. */
    public Instant newPostAt() {
        if (problem() != null) {
            return null;
        }
        String t = time.get() == null ? "" : time.get().strip();
        return date.get().atTime(t.isEmpty() ? LocalTime.MIDNIGHT : BulkChangeForm.time(t)).atZone(zone).toInstant();
    }

    /**
     * Moves the changes to the date and time in the fields (one undo step); with a problem nothing
     * moves and {@link #errorProperty()} says what to fix.
     *
     * @return whether the changes were moved
     */
    public boolean reschedule(Collection<Long> changeIds) {
        if (changeIds.isEmpty()) {
            error.set("Select the scheduled changes to move first.");
            return false;
        }
        String problem = problem();
        if (problem != null) {
            error.set(problem);
            return false;
        }
        error.set(null);
        pending.reschedule(changeIds, newPostAt());
        return true;
    }

    /** Cancels the scheduled changes: they leave the queue, as Revert does (Ctrl+Z brings them back). */
    public void cancel(Collection<Long> changeIds) {
        error.set(null);
        pending.revert(changeIds);
    }

    /** The changes lose their time and are posted with the rest of the pending changes. */
    public void unschedule(Collection<Long> changeIds) {
        error.set(null);
        pending.reschedule(changeIds, null);
    }

    /** True when the change can still be cancelled or moved (it is not being sent). */
    public static boolean movable(CheckedChange c) {
        return c.change().state() != io.adsdesk.model.change.ChangeState.POSTING;
    }

    /** The scheduled open changes, soonest first. */
    public ObservableList<CheckedChange> scheduled() {
        return scheduled;
    }

    /** The clock's time at the last tick; the countdowns are measured from it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The new time of day, "09:30"; empty means midnight. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Why the last Reschedule did nothing, in one line; null otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The zone the times are shown and typed in. */
    public ZoneId zone() {
        return zone;
    }

    static List<Long> ids(Collection<CheckedChange> rows) {
        return rows.stream().map(CheckedChange::change).map(PendingChange::id).toList();
    }
}
