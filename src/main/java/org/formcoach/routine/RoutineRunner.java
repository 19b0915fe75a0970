package org.formcoach.routine;

import java.util.List;
import java.util.Objects;

/**
 * Walks through a routine: exercise sets, rests between sets, rest steps, what comes next. It knows
 * nothing of poses: the pipeline calls {@link #setDone} when the form engine reports a finished set,
 * and {@link #tick} with each frame's timestamp so rests run out. Timestamps are monotonic
 * nanoseconds, like the frames'.
 *
 * <p>A step whose dose gives a {@code duration} (for an exercise that does not time itself, such as
 * the head-rotation check) lasts exactly that long: its sets run inside that time box, the step ends
 * when the time is up, and time left after the last set is a rest until the box ends ("3 minutes of
 * thoracic rotations", "5 minutes of strengthening").
 *
 * <p>For each new set ({@link State#set()} changes or a new step starts) the pipeline creates a fresh
 * form evaluator with {@link State#dose()}.
 */
public final class RoutineRunner {

    public enum Phase {
        /** Doing a set of {@link State#exercise()}. */
        EXERCISE,
        /** Resting, between sets or in a rest step; {@link State#restRemainingSeconds()} counts down. */
        REST,
        DONE
    }

    /**
     * Where the routine is.
     *
     * @param stepIndex            index of the current step (steps().size() when done)
     * @param exercise             the exercise of the current step, or during a rest between its
     *                             sets; null in a rest step and when done
     * @param set                  1-based set number within the step (0 in a rest step)
     * @param restRemainingSeconds time left in the current rest
     * @param next                 the step after the current one, or null
     * @param phaseSeconds         time since the current set or rest began
     * @param restSeconds          the whole length of the current rest (0 outside rests)
     * @param boxSeconds           the step's time box, or 0 when its sets decide its length
     * @param boxRemainingSeconds  time left in the step's time box (0 without one)
     */
    public record State(Phase phase, int stepIndex, Step step, Exercise exercise, Dose dose, int set,
            double restRemainingSeconds, Step next, double phaseSeconds, double restSeconds, double boxSeconds,
            double boxRemainingSeconds) {

        /** Whether this rest fills the end of a time box after the step's last set. */
        public boolean restingOutTheBox() {
            return phase == Phase.REST && step != null && !step.isRest() && boxSeconds > 0 && set >= dose.sets();
        }
    }

    private final Routine routine;
    private final List<Exercise> exercises;
    private int stepIndex;
    private int set;
    private Phase phase;
    private long phaseStart;
    private long restEnds;
    private long restLength;
    private long boxEnds;
    private long now;

    /** @throws IllegalArgumentException if a step names an exercise missing from the catalog */
    public RoutineRunner(Routine routine, Catalog catalog) {
        this.routine = Objects.requireNonNull(routine, "routine");
        this.exercises = routine.steps().stream().map(s -> s.isRest() ? null : catalog.exercise(s.exerciseId())
                .orElseThrow(() -> new IllegalArgumentException("routine " + routine.id() + " uses unknown exercise "
                        + s.exerciseId()))).toList();
    }

    public Routine routine() {
        return routine;
    }

    /** Starts at the first step. */
    public State start(long timestampNanos) {
        now = timestampNanos;
        enterStep(0);
        return state();
    }

    /** Advances time: ends rests and time boxes that are over. */
    public State tick(long timestampNanos) {
        now = timestampNanos;
        if (phase != Phase.DONE && boxed() && now >= boxEnds) {
            enterStep(stepIndex + 1);
        } else if (phase == Phase.REST && now >= restEnds) {
            if (step().isRest() || set >= step().dose().sets()) {
                enterStep(stepIndex + 1);
            } else {
                set++;
                enter(Phase.EXERCISE);
            }
        }
        return state();
    }

    /** The current set is complete: rest before the next set, or go on to the next step. */
    public State setDone(long timestampNanos) {
        now = timestampNanos;
        if (phase != Phase.EXERCISE) {
            return state();
        }
        Dose dose = step().dose();
        if (set < dose.sets()) {
            if (dose.restSeconds() > 0) {
                rest(Math.min(now + nanos(dose.restSeconds()), boxed() ? boxEnds : Long.MAX_VALUE));
            } else {
                set++;
                enter(Phase.EXERCISE);
            }
        } else if (boxed() && now < boxEnds) {
            rest(boxEnds);  // the dose is done before the time is up: rest until it is
        } else {
            enterStep(stepIndex + 1);
        }
        return state();
    }

    /** Skips the current set, rest or step as the user asks; skipping the last set ends the step. */
    public State skip(long timestampNanos) {
        now = timestampNanos;
        if (phase == Phase.REST && !step().isRest() && set < step().dose().sets()) {
            set++;
            enter(Phase.EXERCISE);
            return state();
        }
        if (phase != Phase.DONE) {
            enterStep(stepIndex + 1);
        }
        return state();
    }

    public State state() {
        boolean done = phase == Phase.DONE;
        Step step = done ? null : step();
        Step next = stepIndex + 1 < routine.steps().size() ? routine.steps().get(stepIndex + 1) : null;
        boolean resting = phase == Phase.REST;
        double rest = resting ? Math.max(0, (restEnds - now) / 1e9) : 0;
        boolean box = !done && boxed();
        return new State(phase, stepIndex, step, done ? null : exercises.get(stepIndex),
                step == null ? null : step.dose(), step == null || step.isRest() ? 0 : set, rest, done ? null : next,
                Math.max(0, (now - phaseStart) / 1e9), resting ? restLength / 1e9 : 0,
                box ? step.dose().durationSeconds() : 0, box ? Math.max(0, (boxEnds - now) / 1e9) : 0);
    }

    /** The step's time box: a duration on an exercise that does not use the duration itself. */
    public static double boxSeconds(Step step, Exercise exercise) {
        return step.isRest() || exercise == null || exercise.tracker().usesDuration() ? 0
                : step.dose().durationSeconds();
    }

    private boolean boxed() {
        return stepIndex < routine.steps().size() && boxSeconds(step(), exercises.get(stepIndex)) > 0;
    }

    private void rest(long until) {
        enter(Phase.REST);
        restEnds = until;
        restLength = until - now;
    }

    private void enter(Phase p) {
        phase = p;
        phaseStart = now;
    }

    private void enterStep(int index) {
        stepIndex = index;
        if (index >= routine.steps().size()) {
            enter(Phase.DONE);
            return;
        }
        Step step = step();
        if (step.isRest()) {
            set = 0;
            rest(now + nanos(step.restSeconds()));
        } else {
            set = 1;
            enter(Phase.EXERCISE);
            boxEnds = now + nanos(boxSeconds(step, exercises.get(index)));
        }
    }

    private Step step() {
        return routine.steps().get(stepIndex);
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
