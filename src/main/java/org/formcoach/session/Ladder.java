package org.formcoach.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Progression;

/**
 * The push-up ladder's rules, on a recorded history. Rungs come from the exercises'
 * {@code progression:} fields (wall → counter → chair → floor); within a rung the dose grows from
 * the exercise's own (2 × 8) to the progression's (3 × 12), two reps or one set at a time.
 *
 * <ul>
 *   <li>The dose grows by one step after a session that did the whole dose with every rep clean
 *       (counted and without form faults).</li>
 *   <li>At the top dose, two sessions on different days with the whole dose done with every rep
 *       clean earn the offer of the next rung; the user takes it or stays.</li>
 *   <li>Never sooner than the programme's pace: the chair after 2 weeks of work, the floor after 6
 *       (the lower ends of its "2–3 weeks" and "6–8 weeks"), counted from the first session on
 *       the ladder.</li>
 *   <li>Two sessions in a row that end below the dose earn the offer of a step back: one dose step
 *       down, or from a rung's first dose to the previous rung's top dose.</li>
 * </ul>
 *
 * Only sessions after the last change or decision on the ladder count.
 */
public final class Ladder {

    /** Days of work on the ladder before a rung may be offered (the programme's pace). */
    static final Map<String, Integer> NOT_BEFORE_DAYS = Map.of("chair-pushup", 14, "floor-pushup", 42);
    /** Sessions on different days with the top dose done perfectly before the next rung is offered. */
    static final int PERFECT_DAYS = 2;
    /** Sessions in a row below the dose before a step back is offered. */
    static final int SHORT_SESSIONS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** Sets × reps. */
    public record Dose(int sets, int reps) {
        @Override
        public String toString() {
            return sets + " × " + reps;
        }
    }

    /** One session's sets of one ladder exercise. */
    public record Attempt(Instant at, LocalDate date, String exerciseId, List<SetRecord> sets) {
        public Attempt {
            sets = List.copyOf(sets);
        }
    }

    /** What to do now. */
    public enum Kind {
        /** Keep going at this rung and dose. */
        KEEP,
        /** The dose grows (no question asked). */
        GROW,
        /** The next rung is earned but the programme's pace says not yet. */
        WAIT,
        /** Offer the next rung. */
        OFFER_NEXT,
        /** Offer a step back. */
        OFFER_BACK,
        /** The top of the ladder at its top dose. */
        TOP
    }

    /**
     * @param proposed the rung to go to (GROW, OFFER_NEXT, OFFER_BACK), else null
     * @param needed   what the user needs for the next step, in words
     * @param progress perfect days at the top dose so far (for "1 of 2")
     */
    public record Advice(Kind kind, Rung current, Rung proposed, String needed, int progress) {

        public boolean isOffer() {
            return kind == Kind.OFFER_NEXT || kind == Kind.OFFER_BACK;
        }
    }

    private final String family;
    private final List<Exercise> rungs;

    private Ladder(String family, List<Exercise> rungs) {
        this.family = family;
        this.rungs = List.copyOf(rungs);
    }

    /**
     * The ladder of the catalog: from the exercise with a progression that no other exercise leads
     * to, along the {@code next} links. Empty when the catalog has none.
     */
    public static Optional<Ladder> of(Catalog catalog) {
        Set<String> targets = new HashSet<>();
        catalog.exercises().values().forEach(e -> {
            if (e.progression() != null && e.progression().next() != null) {
                targets.add(e.progression().next());
            }
        });
        for (Exercise e : catalog.exercises().values()) {
            if (e.progression() != null && e.progression().next() != null && !targets.contains(e.id())) {
                List<Exercise> chain = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                Exercise at = e;
                while (at != null && seen.add(at.id())) {
                    chain.add(at);
                    Progression p = at.progression();
                    at = p == null || p.next() == null ? null : catalog.exercise(p.next()).orElse(null);
                }
                return Optional.of(new Ladder(e.id(), chain));
            }
        }
        return Optional.empty();
    }

    /** The ladder's name in the store: its first exercise. */
    public String family() {
        return family;
    }

    public List<Exercise> rungs() {
        return rungs;
    }

    public boolean contains(String exerciseId) {
        return index(exerciseId) >= 0;
    }

    /** The first rung at its first dose, from {@code since}. */
    public Rung start(LocalDate since) {
        Exercise first = rungs.get(0);
        return new Rung(family, first.id(), first.dose().sets(), first.dose().reps(), since);
    }

    /** The doses of a rung, from the exercise's own to its progression's, one step at a time. */
    public List<Dose> doses(String exerciseId) {
        Exercise e = rungs.get(index(exerciseId));
        Dose from = new Dose(e.dose().sets(), e.dose().reps());
        Progression p = e.progression();
        Dose to = p == null ? from : new Dose(p.sets(), p.reps());
        List<Dose> out = new ArrayList<>();
        int sets = from.sets();
        int reps = from.reps();
        out.add(new Dose(sets, reps));
        while (sets < to.sets() || reps < to.reps()) {
            if (reps < to.reps()) {
                reps = Math.min(to.reps(), reps + 2);
            } else {
                sets++;
                reps = Math.max(from.reps(), to.reps() - 2);
            }
            out.add(new Dose(sets, reps));
        }
        return out;
    }

    /**
     * What to do now.
     *
     * @param current     the rung and dose
     * @param attempts    sessions with sets of a ladder exercise, oldest first
     * @param lastChange  the last change or decision on this ladder (only later sessions count), or null
     * @param ladderStart the day of the first session on the ladder (the programme's pace counts from it)
     * @param today       the user's day now
     */
    public Advice advise(Rung current, List<Attempt> attempts, Instant lastChange, LocalDate ladderStart,
            LocalDate today) {
        Dose dose = new Dose(current.sets(), current.reps());
        List<Attempt> recent = attempts.stream()
                .filter(a -> a.exerciseId().equals(current.exerciseId()))
                .filter(a -> lastChange == null || a.at().isAfter(lastChange))
                .toList();
        String name = name(current.exerciseId());
        if (recent.size() >= SHORT_SESSIONS
                && recent.subList(recent.size() - SHORT_SESSIONS, recent.size()).stream().noneMatch(a -> met(a, dose))) {
            Optional<Rung> back = stepBack(current, today);
            if (back.isPresent()) {
                return new Advice(Kind.OFFER_BACK, current, back.get(), "The last " + SHORT_SESSIONS
                        + " sessions ended below " + dose + ": step back to " + describe(back.get()) + "?", 0);
            }
        }
        List<Dose> doses = doses(current.exerciseId());
        int at = doses.indexOf(dose);
        boolean top = at == doses.size() - 1 || at < 0 && dose.sets() * dose.reps() >= last(doses).sets() * last(doses).reps();
        if (!top) {
            Dose next = at >= 0 ? doses.get(at + 1) : doses.get(0);
            if (!recent.isEmpty() && perfect(recent.get(recent.size() - 1), dose)) {
                Rung grown = new Rung(family, current.exerciseId(), next.sets(), next.reps(), today);
                return new Advice(Kind.GROW, current, grown, "Next time: " + name + " " + next + ".", 0);
            }
            return new Advice(Kind.KEEP, current, null, "Next: " + next + " after a session of " + dose
                    + " with every rep clean.", 0);
        }
        Set<LocalDate> perfectDays = new TreeSet<>();
        recent.stream().filter(a -> perfect(a, dose)).forEach(a -> perfectDays.add(a.date()));
        int index = index(current.exerciseId());
        if (index + 1 >= rungs.size()) {
            return new Advice(Kind.TOP, current, null, "The top of the ladder: keep " + name + " at " + dose + ".",
                    perfectDays.size());
        }
        Exercise nextRung = rungs.get(index + 1);
        Rung up = new Rung(family, nextRung.id(), nextRung.dose().sets(), nextRung.dose().reps(), today);
        if (perfectDays.size() < PERFECT_DAYS) {
            return new Advice(Kind.KEEP, current, null, nextRung.name() + ": " + dose + " with every rep clean on "
                    + PERFECT_DAYS + " different days (" + perfectDays.size() + " of " + PERFECT_DAYS + " so far).",
                    perfectDays.size());
        }
        LocalDate opens = ladderStart.plusDays(NOT_BEFORE_DAYS.getOrDefault(nextRung.id(), 0));
        if (today.isBefore(opens)) {
            int days = NOT_BEFORE_DAYS.get(nextRung.id());
            return new Advice(Kind.WAIT, current, null, nextRung.name() + " opens on " + opens.format(DAY) + " ("
                    + days / 7 + " weeks into the programme): keep going at " + dose + ".", perfectDays.size());
        }
        return new Advice(Kind.OFFER_NEXT, current, up, "Ready for " + nextRung.name().toLowerCase(Locale.ROOT) + "s: "
                + dose + " with every rep clean on " + PERFECT_DAYS + " days.", perfectDays.size());
    }

    /** One dose step down, or from a rung's first dose to the previous rung's top dose. */
    Optional<Rung> stepBack(Rung current, LocalDate today) {
        List<Dose> doses = doses(current.exerciseId());
        int at = doses.indexOf(new Dose(current.sets(), current.reps()));
        if (at > 0) {
            Dose d = doses.get(at - 1);
            return Optional.of(new Rung(family, current.exerciseId(), d.sets(), d.reps(), today));
        }
        int index = index(current.exerciseId());
        if (index <= 0) {
            return Optional.empty();
        }
        Exercise previous = rungs.get(index - 1);
        Dose d = last(doses(previous.id()));
        return Optional.of(new Rung(family, previous.id(), d.sets(), d.reps(), today));
    }

    /** e.g. "counter push-up, 2 × 8". */
    public String describe(Rung rung) {
        return name(rung.exerciseId()).toLowerCase(Locale.ROOT) + ", " + rung.dose();
    }

    public String name(String exerciseId) {
        int i = index(exerciseId);
        return i < 0 ? exerciseId : rungs.get(i).name();
    }

    /** Whether the session did the whole dose: at least {@code sets} sets of at least {@code reps} counted reps. */
    static boolean met(Attempt a, Dose dose) {
        return a.sets().stream().filter(s -> s.reps() >= dose.reps()).count() >= dose.sets();
    }

    /** Whether the session did the whole dose with every rep clean. */
    static boolean perfect(Attempt a, Dose dose) {
        return a.sets().stream().filter(s -> s.reps() >= dose.reps() && s.perfect()).count() >= dose.sets();
    }

    private int index(String exerciseId) {
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).id().equals(exerciseId)) {
                return i;
            }
        }
        return -1;
    }

    private static Dose last(List<Dose> doses) {
        return doses.get(doses.size() - 1);
    }
}
