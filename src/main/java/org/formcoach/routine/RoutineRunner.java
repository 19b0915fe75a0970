package org.formcoach.routine;

import java.util.List;
import java.util.Objects;

/**
 * Walks through a routine: exercise sets, rests between sets, rest steps, what comes next. It knows
 * nothing of poses: the pipeline calls {@link #setDone} when the form engine reports a finished set,
 * and {@link #tick} with each frame's timestamp so rests run out. Timestamps are monotonic
 * nanoseconds, like the frames'.
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
     */
    public record State(Phase phase, int stepIndex, Step step, Exercise exercise, Dose dose, int set,
            double restRemainingSeconds, Step next) {
    }

    private final Routine routine;
    private final List<Exercise> exercises;
    private int stepIndex;
    private int set;
    private Phase phase;
    private long restEnds;
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

    /** Advances time: ends rests that are over. */
    public State tick(long timestampNanos) {
        now = timestampNanos;
        if (phase == Phase.REST && now >= restEnds) {
            if (step().isRest()) {
                enterStep(stepIndex + 1);
            } else {
                set++;
                phase = Phase.EXERCISE;
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
                phase = Phase.REST;
                restEnds = now + nanos(dose.restSeconds());
            } else {
                set++;
            }
        } else {
            enterStep(stepIndex + 1);
        }
        return state();
    }

    /** Skips the current set, rest or step as the user asks; skipping the last set ends the step. */
    public State skip(long timestampNanos) {
        now = timestampNanos;
        if (phase == Phase.REST && !step().isRest()) {
            set++;
            phase = Phase.EXERCISE;
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
        double rest = phase == Phase.REST ? Math.max(0, (restEnds - now) / 1e9) : 0;
        return new State(phase, stepIndex, step, done ? null : exercises.get(stepIndex),
                step == null ? null : step.dose(), step == null || step.isRest() ? 0 : set, rest, done ? null : next);
    }

    private void enterStep(int index) {
        stepIndex = index;
        if (index >= routine.steps().size()) {
            phase = Phase.DONE;
            return;
        }
        Step step = step();
        if (step.isRest()) {
            phase = Phase.REST;
            set = 0;
            restEnds = now + nanos(step.restSeconds());
        } else {
            phase = Phase.EXERCISE;
            set = 1;
        }
    }

    private Step step() {
        return routine.steps().get(stepIndex);
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
