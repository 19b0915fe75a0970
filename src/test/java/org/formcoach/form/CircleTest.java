package org.formcoach.form;

import org.formcoach.body.View;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.formcoach.routine.TrackerSpec.CircleDirection;
import org.junit.jupiter.api.Test;

/** Shoulder rolls from the side. */
class CircleTest {

    static final Skeleton BODY = Skeleton.standing(View.LEFT_SIDE).withNoise(1.5);
    static final double PERIOD = 3;
    static final double RADIUS_CM = 4;

    /**
     * A roll circles the neutral shoulder position (elevation, retraction, depression, protraction),
     * starting upward and widening to full size over the first half second. Backward rolls turn
     * counter-clockwise in the (forward, up) plane: up, back, down, forward.
     */
    static Skeleton roll(double t, CircleDirection direction) {
        double sign = direction == CircleDirection.BACKWARD ? 1 : -1;
        double phi = Math.PI / 2 + sign * 2 * Math.PI * t / PERIOD;
        double r = RADIUS_CM * Math.min(1, t / 0.5);
        return BODY.withShoulderShift(r * Math.sin(phi), r * Math.cos(phi));
    }

    @Test
    void fourForwardThenFourBackward() {
        Random random = new Random(21);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("shoulder-rolls")))
                .play(1.5, t -> BODY.pose(random))
                .play(4 * PERIOD + 0.5, t -> roll(t, CircleDirection.FORWARD).pose(random))
                .play(4 * PERIOD + 0.5, t -> roll(t, CircleDirection.BACKWARD).pose(random));
        TrackerState.Circles s = (TrackerState.Circles) clip.last().state();
        assertEquals(4, s.forward());
        assertEquals(4, s.backward());
        assertTrue(s.done());
        assertNull(s.current());
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(4, clip.events(FormEvent.Type.CIRCLE_COUNTED, "forward").size());
    }

    @Test
    void theOtherDirectionDoesNotCountAndIsCorrected() {
        Random random = new Random(22);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("shoulder-rolls")))
                .play(1.5, t -> BODY.pose(random))
                .play(2 * PERIOD + 0.5, t -> roll(t, CircleDirection.BACKWARD).pose(random));
        TrackerState.Circles s = (TrackerState.Circles) clip.last().state();
        assertEquals(0, s.forward());
        assertEquals(2, s.backward());
        assertEquals(CircleDirection.FORWARD, s.current(), "forward is still asked for");
        assertTrue(clip.last().hasCue(ExerciseEvaluator.CUE_DIRECTION));
        assertTrue(clip.firstCue(ExerciseEvaluator.CUE_DIRECTION).text().startsWith("roll forward"));
    }

    @Test
    void jitterAloneNeverMakesACircle() {
        Random random = new Random(23);
        Skeleton shaky = BODY.withNoise(3);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("shoulder-rolls"))).play(30, t -> shaky.pose(random));
        assertEquals(0, clip.events(FormEvent.Type.CIRCLE_COUNTED).size());
    }

    @Test
    void smallShruggingUpAndDownIsNotACircle() {
        Random random = new Random(24);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("shoulder-rolls"))).play(20,
                t -> BODY.withShoulderShift(4 * Math.sin(2 * Math.PI * t / PERIOD), 0).pose(random));
        assertEquals(0, clip.events(FormEvent.Type.CIRCLE_COUNTED).size());
    }
}
