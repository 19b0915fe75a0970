package org.formcoach.app.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.formcoach.form.FormEvent;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.routine.Step;

/**
 * A routine being coached: drives the {@link RoutineRunner} from the analysed frames (rests run out
 * on frame time, a finished set moves on) and says when the pipeline must evaluate another exercise
 * or a fresh set. The inference thread feeds frames, the JavaFX thread asks to skip or restart;
 * both may call at any time.
 */
public final class RoutineSession {

    /**
     * The routine's state after a frame or a command, and the program to evaluate from now on when
     * it changed (a new step, a new set, a restart).
     */
    public record Update(RoutineRunner.State state, Optional<ExerciseProgram> switchTo) {
    }

    private final Routine routine;
    private final Catalog catalog;
    private final RoutineRunner runner;
    private RoutineRunner.State state;
    private boolean awaitingFirstFrame = true;
    /** Skips asked for before the first frame started the clock: replayed when it does. */
    private int skipsBeforeFirstFrame;
    private long lastTimestamp;
    private int generation;
    private Object activeKey;

    public RoutineSession(Routine routine, Catalog catalog) {
        this.routine = Objects.requireNonNull(routine, "routine");
        this.catalog = catalog;
        this.runner = new RoutineRunner(routine, catalog);
        this.state = runner.start(0);
        this.activeKey = key(state);
    }

    /** A routine of one step: {@code exercise} with its own dose. */
    public static RoutineSession single(Exercise exercise, Catalog catalog) {
        Routine one = new Routine(exercise.id(), exercise.name(), exercise.instructions(),
                List.of(new Step(exercise.id(), exercise.dose(), 0, null)), exercise.source());
        return new RoutineSession(one, catalog);
    }

    public Routine routine() {
        return routine;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The program the pipeline starts with: the first exercise of the routine. */
    public synchronized ExerciseProgram firstProgram() {
        return program(firstExercise());
    }

    public synchronized RoutineRunner.State state() {
        return state;
    }

    /** Takes one analysed frame: starts the clock on the first, ends rests, moves on after a finished set. */
    public synchronized Update onFrame(CoachFrame frame) {
        long t = frame.timestampNanos();
        lastTimestamp = t;
        if (awaitingFirstFrame) {
            awaitingFirstFrame = false;
            state = runner.start(t);
            for (; skipsBeforeFirstFrame > 0; skipsBeforeFirstFrame--) {
                state = runner.skip(t);
            }
        } else {
            state = runner.tick(t);
        }
        if (state.phase() == RoutineRunner.Phase.EXERCISE && frame.form().has(FormEvent.Type.SET_DONE)
                && state.exercise().id().equals(frame.exerciseId())) {
            state = runner.setDone(t);
        }
        return update();
    }

    /** Skips the current set, rest or step. */
    public synchronized Update skip() {
        state = runner.skip(lastTimestamp);
        if (awaitingFirstFrame) {
            skipsBeforeFirstFrame++;  // the first frame restarts the clock; the skip must survive it
        }
        return update();
    }

    /** Starts the routine again from its first step. */
    public synchronized Update restart() {
        generation++;
        skipsBeforeFirstFrame = 0;
        state = runner.start(lastTimestamp);
        return update();
    }

    /** Whether {@code frame} was evaluated by the program of the current step (not a stale one). */
    public synchronized boolean isCurrent(CoachFrame frame) {
        return state.exercise() != null && state.exercise().id().equals(frame.exerciseId());
    }

    private Update update() {
        Object key = key(state);
        if (state.phase() != RoutineRunner.Phase.EXERCISE || key.equals(activeKey)) {
            return new Update(state, Optional.empty());
        }
        activeKey = key;
        return new Update(state, Optional.of(new ExerciseProgram(state.exercise(), state.dose(), null,
                org.formcoach.form.ExerciseEvaluator.Options.DEFAULT)));
    }

    private Object key(RoutineRunner.State s) {
        return List.of(generation, s.stepIndex(), s.set(), s.phase());
    }

    private Exercise firstExercise() {
        return routine.steps().stream().filter(s -> !s.isRest()).findFirst()
                .flatMap(s -> catalog.exercise(s.exerciseId()))
                .orElseThrow(() -> new IllegalArgumentException("routine " + routine.id() + " has no exercise"));
    }

    private ExerciseProgram program(Exercise exercise) {
        Step first = routine.steps().stream().filter(s -> exercise.id().equals(s.exerciseId())).findFirst()
                .orElseThrow();
        return new ExerciseProgram(exercise, first.dose(), null, org.formcoach.form.ExerciseEvaluator.Options.DEFAULT);
    }
}
