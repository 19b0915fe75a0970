package org.formcoach.app.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.session.DeskAlertHour;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.Ladder;
import org.formcoach.session.Progress;
import org.formcoach.session.SessionRecord;
import org.formcoach.session.SessionStore;
import org.formcoach.session.SetRecord;

/**
 * What the history window shows, from the store: a calendar of days against the 10-minutes-a-day
 * goal, each exercise's reps, clean share and hold time per day, the ladder's rung and what the next
 * needs, desk alerts per working hour, and the journal. Plain values, built without a screen.
 */
public final class HistoryViewModel {

    /** The programme's daily goal. */
    public static final int GOAL_MINUTES = 10;
    static final String DESK = SessionController.DESK_EXERCISE;
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A calendar day: minutes of exercise (desk mode not counted) and whether the goal was met. */
    public record Day(LocalDate date, int minutes, int sessions, boolean today) {
        public boolean goalMet() {
            return minutes >= GOAL_MINUTES;
        }
    }

    /** A value on a day. */
    public record Point(LocalDate date, double value) {
        public String label() {
            return date.format(SHORT);
        }
    }

    /**
     * One exercise over the days it was done.
     *
     * @param cleanShare percent of counted reps without form faults, on days with reps
     */
    public record ExerciseSeries(String exerciseId, String name, boolean holds, List<Point> reps, List<Point> cleanReps,
            List<Point> cleanShare, List<Point> holdSeconds) {
    }

    /**
     * The ladder: the current rung and dose, since when, what the next step needs, and every rung's
     * name with the current one's place.
     */
    public record LadderView(String rung, String dose, LocalDate since, String needed, Ladder.Advice advice,
            List<String> rungs, int current) {
    }

    /** Desk alerts in one hour of the working day, averaged over the days watched. */
    public record HourAlerts(int hour, double alertsPerHour, int hoursWatched) {
        public String label() {
            return String.format(Locale.ROOT, "%02d:00", hour);
        }
    }

    /**
     * Everything the history shows.
     *
     * @param days      whole weeks, Monday first, ending with this week
     * @param daysMet   days of the calendar on which the goal was met
     * @param daysDone  days of the calendar with any session
     */
    public record History(List<Day> days, int daysMet, int daysDone, List<ExerciseSeries> exercises, LadderView ladder,
            List<HourAlerts> desk, List<JournalEntry> journal, String saving) {
    }

    private HistoryViewModel() {
    }

    /** The history of the last {@code weeks} weeks (this one included). */
    public static History build(SessionStore store, Catalog catalog, Optional<Progress> progress, LocalDate today,
            int weeks) {
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<SessionRecord> sessions = store.sessions(first);
        List<SetRecord> sets = store.sets(first, false);
        Map<String, SessionRecord> byId = new LinkedHashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));

        // a session's time is from its start to the end of its last set: a window left open after
        // the exercise is not exercise, and desk mode is not either
        Map<String, java.time.Instant> lastSetEnd = new LinkedHashMap<>();
        sets.forEach(set -> lastSetEnd.merge(set.sessionId(), set.endedAt(), (a, b) -> a.isAfter(b) ? a : b));
        Map<LocalDate, Duration> minutes = new TreeMap<>();
        Map<LocalDate, Integer> count = new TreeMap<>();
        for (SessionRecord s : sessions) {
            java.time.Instant end = lastSetEnd.get(s.id());
            if (DESK.equals(s.programId()) || end == null) {
                continue;
            }
            minutes.merge(s.localDate(), Duration.between(s.startedAt(), end), Duration::plus);
            count.merge(s.localDate(), 1, Integer::sum);
        }
        List<Day> days = new ArrayList<>();
        int met = 0;
        int done = 0;
        LocalDate lastDay = first.plusWeeks(weeks).minusDays(1);
        for (LocalDate d = first; !d.isAfter(lastDay); d = d.plusDays(1)) {
            int m = (int) minutes.getOrDefault(d, Duration.ZERO).toMinutes();
            Day day = new Day(d, m, count.getOrDefault(d, 0), d.equals(today));
            days.add(day);
            met += day.goalMet() ? 1 : 0;
            done += day.sessions() > 0 ? 1 : 0;
        }

        Map<String, Map<LocalDate, int[]>> reps = new LinkedHashMap<>();
        Map<String, Map<LocalDate, Double>> holds = new LinkedHashMap<>();
        for (SetRecord set : sets) {
            SessionRecord s = byId.get(set.sessionId());
            if (s == null) {
                continue;
            }
            if (set.targetReps() > 0 || set.reps() > 0) {
                int[] rc = reps.computeIfAbsent(set.exerciseId(), k -> new TreeMap<>())
                        .computeIfAbsent(s.localDate(), k -> new int[2]);
                rc[0] += set.reps();
                rc[1] += set.cleanReps();
            } else if (set.targetHoldSeconds() > 0) {
                holds.computeIfAbsent(set.exerciseId(), k -> new TreeMap<>()).merge(s.localDate(), set.holdSeconds(),
                        Double::sum);
            }
        }
        List<ExerciseSeries> series = new ArrayList<>();
        for (Exercise e : catalog.exercises().values()) {
            Map<LocalDate, int[]> r = reps.get(e.id());
            Map<LocalDate, Double> h = holds.get(e.id());
            if (r == null && h == null) {
                continue;
            }
            List<Point> repPoints = new ArrayList<>();
            List<Point> cleanPoints = new ArrayList<>();
            List<Point> share = new ArrayList<>();
            if (r != null) {
                r.forEach((d, rc) -> {
                    repPoints.add(new Point(d, rc[0]));
                    cleanPoints.add(new Point(d, rc[1]));
                    if (rc[0] > 0) {
                        share.add(new Point(d, Math.round(1000.0 * rc[1] / rc[0]) / 10.0));
                    }
                });
            }
            List<Point> held = new ArrayList<>();
            if (h != null) {
                h.forEach((d, v) -> held.add(new Point(d, Math.round(v * 10) / 10.0)));
            }
            series.add(new ExerciseSeries(e.id(), e.name(), r == null, repPoints, cleanPoints, share, held));
        }

        LadderView ladder = progress.map(p -> {
            Ladder.Advice a = p.advice();
            var rung = p.current();
            List<String> names = p.ladder().rungs().stream().map(Exercise::name).toList();
            int at = p.ladder().rungs().stream().map(Exercise::id).toList().indexOf(rung.exerciseId());
            return new LadderView(p.ladder().name(rung.exerciseId()), rung.dose(), rung.since(), a.needed(), a, names, at);
        }).orElse(null);

        return new History(days, met, done, series, ladder, deskHours(store.deskAlertHours(first)),
                store.journal(first), store.problem() == null ? "" : store.problem());
    }

    /** Alerts per hour of the day, averaged over the hours watched at that time of day. */
    static List<HourAlerts> deskHours(List<DeskAlertHour> hours) {
        Map<Integer, int[]> byHour = new TreeMap<>();
        for (DeskAlertHour h : hours) {
            int[] a = byHour.computeIfAbsent(h.hourStart().getHour(), k -> new int[2]);
            a[0] += h.alerts();
            a[1]++;
        }
        List<HourAlerts> out = new ArrayList<>();
        byHour.forEach((hour, a) -> out.add(new HourAlerts(hour, Math.round(10.0 * a[0] / a[1]) / 10.0, a[1])));
        return out;
    }
}
