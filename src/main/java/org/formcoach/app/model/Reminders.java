package org.formcoach.app.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Routine;
import org.formcoach.routine.Schedule;

/**
 * The programme's schedule while the app is open: the office reset every 90 minutes (in the main
 * window too, not only in desk mode), and the routines whose files give a {@code schedule:} — the
 * evening wind-down in the evening, the weekend session on Saturday morning, the daily 10 minutes
 * until they are done. Each can be snoozed, put off for the day, or turned off. Pure: the caller
 * gives the time, what was done today and which reminders are off.
 */
public final class Reminders {

    /** A reminder to show: the routine it suggests and the words. */
    public record Reminder(String routineId, String text) {
    }

    /** A reminder that can be turned on or off, for the menu. */
    public record Choice(String routineId, String label, boolean on) {
    }

    /**
     * What was done today.
     *
     * @param completed ids of the routines completed today
     * @param minutes   minutes of sessions today
     */
    public record Today(Set<String> completed, double minutes) {
        public static final Today NOTHING = new Today(Set.of(), 0);
    }

    public static final Duration SNOOZE = Duration.ofMinutes(10);

    private final Catalog catalog;
    private final String resetRoutine;
    private final long resetEveryNanos;
    private long resetSince;
    private final Map<String, Long> snoozedUntil = new HashMap<>();
    private final Map<String, LocalDate> putOff = new HashMap<>();

    /**
     * @param resetRoutine the office reset's id, reminded every {@code resetEvery} of the app being open
     * @param now          monotonic nanoseconds now: the office reset's clock starts here
     */
    public Reminders(Catalog catalog, String resetRoutine, Duration resetEvery, long now) {
        this.catalog = catalog;
        this.resetRoutine = resetRoutine;
        this.resetEveryNanos = resetEvery.toNanos();
        this.resetSince = now;
    }

    /** The reminder due now, if any: the office reset first, then the scheduled routines, the rarest first. */
    public Optional<Reminder> due(LocalDateTime at, long now, Today today, Set<String> off) {
        if (catalog.routine(resetRoutine).isPresent() && !off.contains(resetRoutine) && !snoozed(resetRoutine, now)
                && now - resetSince >= resetEveryNanos) {
            Routine reset = catalog.routine(resetRoutine).get();
            return Optional.of(new Reminder(resetRoutine, "Time for the " + reset.name() + ": "
                    + Math.round(resetEveryNanos / 60e9) + " minutes have passed"));
        }
        List<Routine> scheduled = new ArrayList<>(catalog.routines().values().stream()
                .filter(r -> r.schedule() != null).toList());
        // a routine of one day a week before an evening's, before the daily goal
        scheduled.sort(Comparator.comparingInt((Routine r) -> r.schedule().days().size())
                .thenComparingInt(r -> r.schedule().goalMinutes()));
        for (Routine r : scheduled) {
            Schedule s = r.schedule();
            if (off.contains(r.id()) || snoozed(r.id(), now) || at.toLocalDate().equals(putOff.get(r.id()))
                    || !s.covers(at)) {
                continue;
            }
            boolean done = s.goalMinutes() > 0 ? today.minutes() >= s.goalMinutes() : today.completed().contains(r.id());
            if (!done) {
                return Optional.of(new Reminder(r.id(), text(r, at, today)));
            }
        }
        return Optional.empty();
    }

    private static String text(Routine r, LocalDateTime at, Today today) {
        Schedule s = r.schedule();
        if (s.goalMinutes() > 0) {
            return "Your " + r.name().toLowerCase(Locale.ROOT) + ": " + Math.round(Math.floor(today.minutes())) + " of "
                    + s.goalMinutes() + " minutes done today";
        }
        if (s.days().size() < 7) {
            return at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + (!s.until().isAfter(LocalTime.NOON) ? " morning" : "") + ": time for the " + r.name();
        }
        return (s.from().getHour() >= 17 ? "This evening, before bed" : "Today") + ": the " + r.name();
    }

    private boolean snoozed(String id, long now) {
        Long until = snoozedUntil.get(id);
        return until != null && now < until;
    }

    /** Asks again in {@link #SNOOZE}. */
    public void snooze(String id, long now) {
        snoozedUntil.put(id, now + SNOOZE.toNanos());
    }

    /** Not today (the office reset: not until its next interval). */
    public void putOff(String id, LocalDate today, long now) {
        if (id.equals(resetRoutine)) {
            resetSince = now;
        } else {
            putOff.put(id, today);
        }
    }

    /** A session ended or started from a reminder: the office reset's interval starts again. */
    public void sessionDone(long now) {
        resetSince = now;
    }

    /** The reminders that can be turned on or off: the office reset and every scheduled routine. */
    public List<Choice> choices(Set<String> off) {
        Map<String, String> labels = new LinkedHashMap<>();
        catalog.routine(resetRoutine).ifPresent(r -> labels.put(r.id(), r.name() + " every "
                + Math.round(resetEveryNanos / 60e9) + " minutes"));
        for (Routine r : catalog.routines().values()) {
            if (r.schedule() != null) {
                labels.put(r.id(), r.name() + " (" + r.schedule().describe() + ")");
            }
        }
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue(), !off.contains(e.getKey())))
                .toList();
    }
}
