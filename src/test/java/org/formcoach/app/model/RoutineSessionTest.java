package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.CATALOG;
import static org.formcoach.app.model.Frames.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.formcoach.form.FormEvent;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.routine.Step;
import org.junit.jupiter.api.Test;

class RoutineSessionTest {

    private final Exercise wall = CATALOG.exercise("wall-pushup").orElseThrow();

    private RoutineSession.Update frame(RoutineSession s, String exercise, double t, int reps,
            FormEvent.Type... events) {
        return s.onFrame(Frames.frame(exercise, pose(), Frames.reps(t, reps, 8, events)));
    }

    @Test
    void aFinishedSetRestsThenStartsAFreshProgramForTheNextSet() {
        RoutineSession s = RoutineSession.single(wall, CATALOG);
        assertEquals("wall-pushup", s.firstProgram().exercise().id());
        assertTrue(frame(s, "wall-pushup", 100, 0).switchTo().isEmpty(), "the first program is already running");

        RoutineSession.Update done = frame(s, "wall-pushup", 130, 8, FormEvent.Type.SET_DONE);
        assertEquals(RoutineRunner.Phase.REST, done.state().phase());
        assertTrue(done.switchTo().isEmpty());

        assertEquals(RoutineRunner.Phase.REST, frame(s, "wall-pushup", 189, 8).state().phase());
        RoutineSession.Update next = frame(s, "wall-pushup", 191, 8);
        assertEquals(RoutineRunner.Phase.EXERCISE, next.state().phase());
        assertEquals(2, next.state().set());
        ExerciseProgram program = next.switchTo().orElseThrow();
        assertEquals("wall-pushup", program.exercise().id());
        assertEquals(1, program.set(), "a fresh evaluator: nothing counted yet");
        assertTrue(frame(s, "wall-pushup", 192, 0).switchTo().isEmpty(), "switched once only");
    }

    @Test
    void aSetDoneFromAStaleProgramDoesNotMoveTheRoutineOn() {
        RoutineSession s = RoutineSession.single(wall, CATALOG);
        frame(s, "wall-pushup", 0, 0);
        RoutineSession.Update u = frame(s, "chest-opener", 1, 8, FormEvent.Type.SET_DONE);
        assertEquals(RoutineRunner.Phase.EXERCISE, u.state().phase());
        assertEquals(1, u.state().set());
    }

    @Test
    void aSkipBeforeTheFirstFrameIsKeptWhenTheFirstFrameStartsTheClock() {
        Exercise check = CATALOG.exercise("head-rotation-check").orElseThrow();
        RoutineSession s = RoutineSession.single(check, CATALOG);
        assertEquals(RoutineRunner.Phase.DONE, s.skip().state().phase(), "skipped while the picture is on its way");
        RoutineSession.Update first = s.onFrame(Frames.frame("head-rotation-check", pose(),
                Frames.reps(1, 0, 8)));
        assertEquals(RoutineRunner.Phase.DONE, first.state().phase(), "the first frame does not undo the skip");
    }

    @Test
    void skipAndRestartAskForTheRightProgram() {
        RoutineSession s = new RoutineSession(CATALOG.session(CATALOG.routine("office-reset").orElseThrow()), CATALOG);
        assertEquals("chest-opener", s.firstProgram().exercise().id(), "the warm-up first");
        frame(s, "chest-opener", 5, 0);
        RoutineSession.Update skipped = s.skip();
        assertEquals("shoulder-rolls", skipped.switchTo().orElseThrow().exercise().id());
        assertEquals(1, skipped.state().stepIndex());
        RoutineSession.Update restarted = s.restart();
        assertEquals(0, restarted.state().stepIndex());
        assertEquals("chest-opener", restarted.switchTo().orElseThrow().exercise().id(),
                "a restart starts the first exercise afresh");
    }

    @Test
    void aRoutineStartingWithARestTimesItFromTheFirstFrame() {
        RoutineSession s = new RoutineSession(new Routine("r", "r", "", List.of(
                Step.rest(10, "get ready"),
                new Step("wall-pushup", wall.dose(), 0, null)), null), CATALOG);
        assertEquals("wall-pushup", s.firstProgram().exercise().id());
        assertEquals(RoutineRunner.Phase.REST, frame(s, "wall-pushup", 1000, 0).state().phase());
        assertEquals(RoutineRunner.Phase.REST, frame(s, "wall-pushup", 1009, 0).state().phase());
        RoutineSession.Update u = frame(s, "wall-pushup", 1010.5, 0);
        assertEquals(RoutineRunner.Phase.EXERCISE, u.state().phase());
        assertTrue(u.switchTo().isPresent());
    }
}
