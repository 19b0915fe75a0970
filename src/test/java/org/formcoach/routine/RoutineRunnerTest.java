package org.formcoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutineRunnerTest {

    private static final long S = 1_000_000_000L;
    private static final Catalog SHIPPED = new RoutineLoader().load(Path.of("routines"));

    @Test
    void walksTheEveningWindDown() {
        Routine r = SHIPPED.routine("evening-wind-down").orElseThrow();
        RoutineRunner runner = new RoutineRunner(r, SHIPPED);
        RoutineRunner.State s = runner.start(0);
        assertEquals(RoutineRunner.Phase.EXERCISE, s.phase());
        assertEquals("head-rotation-check", s.exercise().id());
        assertEquals(30, s.dose().durationSeconds());
        assertEquals("shoulder-rolls", s.next().exerciseId());

        s = runner.setDone(31 * S); // head rotation
        assertEquals("shoulder-rolls", s.exercise().id());
        s = runner.setDone(60 * S);
        assertEquals("shoulder-activation", s.exercise().id());
        assertEquals(3, s.dose().cycles());
        s = runner.setDone(90 * S);
        assertEquals(RoutineRunner.Phase.REST, s.phase());
        assertEquals("sit down on a chair", s.step().note());
        assertEquals(15, s.restRemainingSeconds(), 1e-9);
        assertEquals(5, runner.tick(100 * S).restRemainingSeconds(), 1e-9);

        s = runner.tick(105 * S);
        assertEquals("rhomboid-release", s.exercise().id());
        assertEquals(1, s.set());
        s = runner.setDone(125 * S);
        assertEquals(RoutineRunner.Phase.REST, s.phase(), "10 s rest between sets");
        assertEquals("rhomboid-release", s.exercise().id());
        assertEquals(10, s.restRemainingSeconds(), 1e-9);
        assertEquals(RoutineRunner.Phase.REST, runner.tick(134 * S).phase());
        s = runner.tick(135 * S);
        assertEquals(RoutineRunner.Phase.EXERCISE, s.phase());
        assertEquals(2, s.set());
        runner.setDone(155 * S);
        runner.tick(165 * S);
        s = runner.setDone(185 * S); // third set done: on to the rest step
        assertEquals(RoutineRunner.Phase.REST, s.phase());
        assertNull(s.exercise());
        assertEquals("kneel on a mat", s.step().note());

        s = runner.skip(186 * S);
        assertEquals("childs-pose", s.exercise().id());
        assertEquals(30, s.dose().holdSeconds());
        assertEquals(45, s.dose().holdMaxSeconds());
        s = runner.skip(190 * S); // skip the rest of child's pose
        assertEquals(RoutineRunner.Phase.REST, s.phase());
        runner.tick(300 * S);
        s = runner.setDone(320 * S);
        assertEquals(RoutineRunner.Phase.DONE, s.phase());
        assertNull(s.step());
        assertNull(s.next());
    }

    @Test
    void setsWithoutRestFollowEachOther() {
        Exercise e = SHIPPED.exercise("wall-pushup").orElseThrow();
        Dose noRest = new Dose(2, 8, 0, 0, 0, 0, 0);
        Routine r = new Routine("r", "R", "", List.of(new Step(e.id(), noRest, 0, null)), Path.of("r.yaml"));
        RoutineRunner runner = new RoutineRunner(r, new Catalog(Map.of(e.id(), e), Map.of(), List.of()));
        runner.start(0);
        assertEquals(2, runner.setDone(S).set());
        assertEquals(RoutineRunner.Phase.DONE, runner.setDone(2 * S).phase());
    }

    @Test
    void unknownExercisesAreRefused() {
        Routine r = new Routine("r", "R", "", List.of(new Step("nope", Dose.NONE, 0, null)), Path.of("r.yaml"));
        assertThrows(IllegalArgumentException.class, () -> new RoutineRunner(r, SHIPPED));
    }
}
