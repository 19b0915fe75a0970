package org.formcoach.app.model;

import java.util.function.Consumer;
import org.formcoach.pipeline.ExerciseProgram;

/**
 * Passes the routine's program changes to its running session. Frames may arrive before the engine
 * has handed the session back; a change asked for in that moment is kept and applied on attach.
 */
final class ProgramSwitch implements Consumer<ExerciseProgram> {

    private CoachEngine.Running running;
    private ExerciseProgram pending;

    synchronized void attach(CoachEngine.Running session) {
        running = session;
        if (pending != null) {
            session.switchExercise(pending);
            pending = null;
        }
    }

    @Override
    public synchronized void accept(ExerciseProgram program) {
        if (running != null) {
            running.switchExercise(program);
        } else {
            pending = program;
        }
    }
}
