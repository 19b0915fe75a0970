package org.formcoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped routines held against the programme's text: each routine's steps in the programme's
 * order, its doses, and its time adding up to the programme's minutes; the warm-up first in every
 * session; the breathing patterns and hold ranges where the programme names them.
 */
class ProgrammeTest {

    private static final Catalog C = new RoutineLoader().load(Path.of("routines"));

    private static Routine routine(String id) {
        return C.routine(id).orElseThrow(() -> new AssertionError("no routine " + id + ": " + C.errors()));
    }

    private static List<String> exercises(Routine r) {
        return r.steps().stream().filter(s -> !s.isRest()).map(Step::exerciseId).toList();
    }

    private static double seconds(Routine r, int stepIndex) {
        Step s = r.steps().get(stepIndex);
        return Timing.seconds(s, s.isRest() ? null : C.exercise(s.exerciseId()).orElseThrow());
    }

    @Test
    void theWarmUpIsSixtySecondsOfChestOpenerThenFourAndFourShoulderRolls() {
        Routine w = routine("warm-up");
        assertEquals(List.of("chest-opener", "shoulder-rolls"), exercises(w));
        assertEquals(15, w.steps().get(0).dose().holdSeconds(), "hold 15 s");
        assertEquals(4, w.steps().get(1).dose().reps(), "4 forward and 4 backward");
        assertEquals(List.of(TrackerSpec.CircleDirection.FORWARD, TrackerSpec.CircleDirection.BACKWARD),
                ((TrackerSpec.Circles) C.exercise("shoulder-rolls").orElseThrow().tracker()).directions());
        assertEquals(60, Timing.total(w, C), 1e-9, "the programme's 60 s");
        assertNull(w.warmUp(), "the warm-up starts at once");
    }

    @Test
    void everySessionStartsWithTheWarmUp() {
        for (Routine r : C.routines().values()) {
            if (r.id().equals("warm-up")) {
                continue;
            }
            assertEquals("warm-up", r.warmUp(), r.id());
            Routine session = C.session(r);
            assertEquals(List.of("chest-opener", "shoulder-rolls"), exercises(session).subList(0, 2), r.id());
            assertEquals(Timing.total(r, C) + 60, C.sessionSeconds(r), 1e-9, r.id());
        }
    }

    @Test
    void theOfficeResetIsThreeTimesThirtySeconds() {
        Routine r = routine("office-reset");
        assertEquals(List.of("rhomboid-release", "seated-shoulder-activation", "seated-forward-fold"), exercises(r));
        assertEquals(3, r.steps().size(), "no rests: one step after the other, at the desk");
        for (int i = 0; i < 3; i++) {
            assertEquals(30, seconds(r, i), 1e-9, "step " + (i + 1) + " is 30 s");
        }
        assertEquals(90, Timing.total(r, C), 1e-9);
        assertEquals(1, r.steps().get(0).dose().sets(), "one 30-s rhomboid release");
        assertEquals(30, r.steps().get(0).dose().holdSeconds());
        assertEquals(30, r.steps().get(2).dose().holdSeconds(), "30 s of deep breathing in the forward fold");
        assertEquals(new Breathing(4, 0, 6), C.exercise("seated-forward-fold").orElseThrow().breathing());
    }

    @Test
    void theEveningWindDownIsTwoThreeAndTwoMinutes() {
        Routine r = routine("evening-wind-down");
        assertEquals(List.of("childs-pose", "thoracic-rotation", "band-row"), exercises(r));
        assertEquals(120, seconds(r, 0), 1e-9, "2 min child's pose");
        assertEquals(180, seconds(r, 1), 1e-9, "3 min thoracic rotations");
        assertEquals(120, seconds(r, 2), 1e-9, "2 min band rows");
        assertEquals(7 * 60, Timing.total(r, C), 1e-9);
        Dose childsPose = r.steps().get(0).dose();
        assertEquals(List.of(2.0, 30.0, 45.0, 15.0), List.of((double) childsPose.sets(), childsPose.holdSeconds(),
                childsPose.holdMaxSeconds(), childsPose.restSeconds()), "30–45 s, twice, 15 s between");
        assertNotNull(C.exercise("childs-pose").orElseThrow().breathing(), "with deep breathing");
        Schedule evening = r.schedule();
        assertTrue(evening.covers(LocalDateTime.of(2026, 11, 30, 21, 30)), "suggested before bed");
        assertTrue(!evening.covers(LocalDateTime.of(2026, 11, 30, 9, 0)));
    }

    @Test
    void theWeekendSessionIsFivePlusFivePlusFiveMinutesOnSaturdayMorning() {
        Routine r = routine("weekend-session");
        assertEquals(List.of("shoulder-rolls", "shoulder-activation", "thoracic-rotation", "childs-pose",
                "rhomboid-release", "wall-pushup"), exercises(r));
        double mobility = seconds(r, 0) + seconds(r, 1) + seconds(r, 2);
        double stretches = seconds(r, 3) + seconds(r, 4) + seconds(r, 5) + seconds(r, 6);
        double strength = seconds(r, 7);
        assertEquals(List.of(300.0, 300.0, 300.0), List.of(mobility, stretches, strength));
        assertEquals(15 * 60, Timing.total(r, C), 1e-9);
        for (int i : new int[] {4, 6}) {
            Dose held = r.steps().get(i).dose();
            assertEquals(30, held.holdSeconds(), "stretches held 30–45 s");
            assertEquals(45, held.holdMaxSeconds());
        }
        // push-ups at the current level: the top dose of a rung still fits the 5 minutes
        Dose top = new Dose(3, 12, 0, 0, 60, 300, 0);
        assertTrue(Timing.doseSeconds(top, C.exercise("wall-pushup").orElseThrow().tracker()) <= 300);
        assertEquals(Set.of(DayOfWeek.SATURDAY), r.schedule().days());
        assertTrue(r.schedule().covers(LocalDateTime.of(2026, 11, 28, 9, 0)), "Saturday morning");
        assertTrue(!r.schedule().covers(LocalDateTime.of(2026, 11, 28, 15, 0)), "not Saturday afternoon");
    }

    @Test
    void theDailyRoutineIsAboutTenMinutes() {
        Routine r = routine("daily");
        assertEquals(List.of("rhomboid-release", "seated-shoulder-activation", "wall-pushup", "childs-pose"),
                exercises(r));
        double session = C.sessionSeconds(r);
        assertTrue(session >= 9 * 60 && session <= 11 * 60, "about 10 minutes with the warm-up: " + session);
        assertEquals(10, r.schedule().goalMinutes());
        Dose rhomboid = r.steps().get(1).dose();
        assertEquals(List.of(3.0, 20.0), List.of((double) rhomboid.sets(), rhomboid.holdSeconds()),
                "hold 20 s, release, 3 times");
        assertEquals(6, r.steps().get(2).dose().cycles(), "6 cycles");
        assertEquals(2, r.steps().get(4).dose().sets(), "push-ups start at 2 × 8");
        assertEquals(8, r.steps().get(4).dose().reps());
    }

    @Test
    void theRhomboidReleaseBreathesFourFourSixAndChildsPoseSoftensTheElbows() {
        Exercise rhomboid = C.exercise("rhomboid-release").orElseThrow();
        assertEquals(new Breathing(4, 4, 6), rhomboid.breathing());
        assertTrue(rhomboid.instructions().contains("as if holding an egg under your chin"));
        assertTrue(rhomboid.instructions().contains("like opening a book"));
        Exercise childsPose = C.exercise("childs-pose").orElseThrow();
        assertEquals("soften your elbows, keep them slightly bent", childsPose.rule("arms-long").orElseThrow().cueAbove());
        assertTrue(childsPose.instructions().contains("elbows slightly bent to avoid shoulder strain"));
        Exercise wall = C.exercise("wall-pushup").orElseThrow();
        assertTrue(wall.instructions().contains("18–24 inches (45–60 cm) from the wall"));
        assertTrue(wall.instructions().contains("at eye level"));
        assertTrue(wall.instructions().contains("squeezing your shoulder blades together on the way back"));
    }

    @Test
    void theSeatedShoulderActivationHasAQuarterLessRange() {
        TrackerSpec.Sequence standing = (TrackerSpec.Sequence) C.exercise("shoulder-activation").orElseThrow().tracker();
        TrackerSpec.Sequence seated = (TrackerSpec.Sequence) C.exercise("seated-shoulder-activation").orElseThrow()
                .tracker();
        assertEquals(0.75 * standing.threshold(), seated.threshold(), 1e-9);
        assertEquals(standing.positions().stream().map(p -> p.direction()).toList(),
                seated.positions().stream().map(p -> p.direction()).toList(), "up, back, down, forward");
        assertEquals(2, seated.secondsEach());
    }

    @Test
    void everyPatternSuggestsARoutineAndTheProgrammesStretches() {
        assertEquals("office-reset", C.patterns().get("between-shoulder-blades").routine());
        assertEquals("rhomboids", C.patterns().get("between-shoulder-blades").muscles());
        assertEquals(List.of("rhomboid-release", "seated-shoulder-activation"),
                C.patterns().get("between-shoulder-blades").stretches());
        assertTrue(C.patterns().get("morning-stiffness").muscles().startsWith("thoracic erectors"));
        assertEquals("levator scapulae", C.patterns().get("neck-shoulder-knots").muscles());
        assertEquals("daily", C.patterns().get("none").routine());
    }
}
