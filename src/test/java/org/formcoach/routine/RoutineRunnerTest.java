package org.formcoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutineRunnerTest {

    private static final long S = 1_000_000_000L;
    private static final Catalog SHIPPED = new RoutineLoader().load(Path.of("routines"));

    @Test
    void walksTheEveningWindDownInItsTimeBoxes() {
        Routine r = SHIPPED.session(SHIPPED.routine("evening-wind-down").orElseThrow());
        RoutineRunner runner = new RoutineRunner(r, SHIPPED);
        RoutineRunner.State s = runner.start(0);
        // the warm-up first: the chest opener's 15 s, then the rolls in the rest of its minute
        assertEquals("chest-opener", s.exercise().id());
        assertEquals(0, s.boxSeconds(), "a hold times itself");
        s = runner.setDone(15 * S);
        assertEquals("shoulder-rolls", s.exercise().id());
        assertEquals(45, s.boxSeconds());
        s = runner.setDone(40 * S);  // 4 + 4 rolls done with 20 s of the box left: rest until it ends
        assertEquals(RoutineRunner.Phase.REST, s.phase());
        assertTrue(s.restingOutTheBox());
        assertEquals(20, s.restRemainingSeconds(), 1e-9);
        s = runner.tick(60 * S);
        assertEquals("childs-pose", s.exercise().id(), "the wind-down's own steps after the warm-up's minute");
        assertEquals(120, s.boxSeconds());
        assertEquals(30, s.dose().holdSeconds());
        assertEquals(45, s.dose().holdMaxSeconds());
        s = runner.setDone(105 * S);  // the first hold to 45 s
        assertEquals(RoutineRunner.Phase.REST, s.phase(), "15 s between the holds");
        assertEquals(15, s.restRemainingSeconds(), 1e-9);
        s = runner.tick(120 * S);
        assertEquals(2, s.set());
        assertEquals(60, s.boxRemainingSeconds(), 1e-9);
        s = runner.tick(180 * S);  // 2 minutes are up in the middle of the second hold
        assertEquals("thoracic-rotation", s.exercise().id());
        assertEquals(180, s.boxRemainingSeconds(), 1e-9);
        s = runner.skip(200 * S);
        assertEquals("band-row", s.exercise().id());
        s = runner.setDone(260 * S);
        assertEquals(RoutineRunner.Phase.REST, s.phase());
        assertEquals(20, s.restRemainingSeconds(), 1e-9);
        s = runner.tick(280 * S);
        s = runner.setDone(300 * S);
        assertTrue(s.restingOutTheBox(), "both sets done before the 2 minutes");
        assertEquals(20, s.restRemainingSeconds(), 1e-9);
        s = runner.skip(301 * S);
        assertEquals(RoutineRunner.Phase.DONE, s.phase(), "skipping the rest at the end of a box ends the step");
        assertNull(s.step());
        assertNull(s.next());
    }

    @Test
    void aSetCutShortByItsTimeBoxRestsNoLonger() {
        Routine r = SHIPPED.routine("weekend-session").orElseThrow();
        RoutineRunner runner = new RoutineRunner(r, SHIPPED);
        RoutineRunner.State s = runner.start(0);
        assertEquals("shoulder-rolls", s.exercise().id());
        s = runner.tick(59 * S);
        assertEquals("shoulder-rolls", s.exercise().id());
        assertEquals(1, s.boxRemainingSeconds(), 1e-9);
        assertEquals(59, s.phaseSeconds(), 1e-9);
        s = runner.tick(60 * S);
        assertEquals("shoulder-activation", s.exercise().id());
        assertEquals(0, s.phaseSeconds(), 1e-9, "a new set's clock starts");
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
