package org.formcoach.form;

import org.formcoach.body.View;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.formcoach.pose.Keypoint;
import org.junit.jupiter.api.Test;

/** The 30-s head-rotation safety check, from the front, head and shoulders in view. */
class HeadRotationTest {

    static final Skeleton FACE = Skeleton.standing(View.FRONT).withNoise(1)
            .withDropped(Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE,
                    Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE);

    /** Turns smoothly to {@code degrees} and back over 4 s. */
    static Skeleton turn(double t, double degrees) {
        return FACE.withHeadYaw(degrees * Math.sin(Math.PI * Math.min(t, 4) / 4));
    }

    @Test
    void bothWaysWithinThirtySecondsCompletesTheCheck() {
        Random random = new Random(31);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("head-rotation-check")))
                .play(2, t -> FACE.pose(random))
                .play(5, t -> turn(t, 45).pose(random))
                .play(5, t -> turn(t, -45).pose(random))
                .play(19, t -> FACE.pose(random));
        assertEquals(List.of("left", "right"), clip.events(FormEvent.Type.TURN_REACHED).stream()
                .map(FormEvent::subject).toList());
        TrackerState.Rotation s = (TrackerState.Rotation) clip.last().state();
        assertTrue(s.turnedLeft() && s.turnedRight() && s.done());
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(30.0, Clip.seconds(clip.events(FormEvent.Type.SET_DONE).get(0)), 0.05);
    }

    @Test
    void oneWayOnlyIsNotEnoughAndTheOtherWayIsAskedFor() {
        Random random = new Random(32);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("head-rotation-check")))
                .play(2, t -> FACE.pose(random))
                .play(5, t -> turn(t, 45).pose(random))
                .play(30, t -> FACE.pose(random));
        TrackerState.Rotation s = (TrackerState.Rotation) clip.last().state();
        assertTrue(s.turnedLeft());
        assertFalse(s.turnedRight());
        assertFalse(s.done());
        assertTrue(clip.last().hasCue(ExerciseEvaluator.CUE_TURN_RIGHT));
        assertFalse(clip.last().hasCue(ExerciseEvaluator.CUE_TURN_LEFT));
    }

    @Test
    void aSmallTurnDoesNotCount() {
        Random random = new Random(33);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("head-rotation-check")))
                .play(2, t -> FACE.pose(random))
                .play(5, t -> turn(t, 15).pose(random))
                .play(5, t -> turn(t, -15).pose(random));
        assertEquals(0, clip.events(FormEvent.Type.TURN_REACHED).size());
    }

    @Test
    void tiltingTheShouldersIsCorrected() {
        Random random = new Random(34);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("head-rotation-check")))
                .play(2, t -> FACE.withSideBend(12).pose(random));
        assertTrue(clip.last().hasCue("shoulders-still"));
        double tilt = clip.last().measurements().stream().filter(m -> m.name().equals("shoulders-still"))
                .findFirst().orElseThrow().value();
        assertEquals(12, Math.abs(tilt), 2);
        Clip level = new Clip(ExerciseEvaluator.of(Clip.shipped("head-rotation-check")))
                .play(2, t -> FACE.withSideBend(4).pose(random));
        assertFalse(level.cueEver("shoulders-still"), "4° is within the 8° default");
    }

    @Test
    void redFlagsAreData() {
        var flags = Clip.SHIPPED.redFlags();
        assertEquals(7, flags.size());
        assertEquals(2, flags.stream().filter(f -> f.duringMovement()).count(), "asked right after the movement");
        assertEquals(List.of("bladder-bowel"), flags.stream().filter(f -> f.urgent()).map(f -> f.id()).toList());
    }
}
