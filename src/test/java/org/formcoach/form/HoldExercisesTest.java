package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.routine.Dose;
import org.junit.jupiter.api.Test;

/** The shipped child's pose and rhomboid release against plausible synthetic bodies. */
class HoldExercisesTest {

    /** Kneeling, folded forward: trunk tipped 100°, knees bent to 30°, arms reaching forward. */
    static final Skeleton CHILDS_POSE = Skeleton.standing(View.LEFT_SIDE).withPitch(100).withHipFlex(145)
            .withKneeFlex(150).withShoulderFlex(170).withElbowAngle(170).withNoise(2);
    /** On all fours: hips up above the knees. */
    static final Skeleton ALL_FOURS = CHILDS_POSE.withKneeFlex(90).withHipFlex(90);

    /** Seated, hands clasped forward at chest height, chin slightly tucked. */
    static final Skeleton RHOMBOID = Skeleton.standing(View.RIGHT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withTrunkFlex(10).withShoulderFlex(85).withElbowAngle(160).withNeckFlex(-5).withNoise(1.5);

    @Test
    void childsPoseHoldsAndAsksForHipsBackWhenTheyRise() {
        Random random = new Random(51);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("childs-pose")))
                .play(10, t -> CHILDS_POSE.pose(random))
                .play(4, t -> ALL_FOURS.pose(random));
        assertTrue(clip.last().hasCue("hips-back"));
        assertEquals("sit your hips back toward your heels", clip.firstCue("hips-back").text());
        TrackerState.Hold paused = (TrackerState.Hold) clip.last().state();
        assertTrue(paused.paused());
        assertEquals(12.0, paused.heldSeconds(), 0.05, "10 s plus the 2 s grace");
        clip.play(19, t -> CHILDS_POSE.pose(random));
        assertEquals(1, clip.events(FormEvent.Type.HOLD_DONE).size());
        assertEquals(32.0, Clip.seconds(clip.events(FormEvent.Type.HOLD_DONE).get(0)), 0.05);
        assertEquals(30.0, ((TrackerState.Hold) clip.last().state()).targetSeconds());
    }

    @Test
    void rhomboidReleaseTakesATuckedChinAndARoundedUpperBackAsTheGoal() {
        Random random = new Random(52);
        // the upper back rounded and the head following it down, chin tucked: what the exercise asks
        Skeleton rounded = RHOMBOID.withTrunkFlex(25).withNeckFlex(35).withHeadPitch(-15);
        Clip clip = new Clip(new ExerciseEvaluator(Clip.shipped("rhomboid-release"), new Dose(1, 0, 20, 0, 0, 0, 0),
                null, ExerciseEvaluator.Options.DEFAULT))
                .play(5, t -> RHOMBOID.pose(random)).play(5, t -> rounded.pose(random));
        assertTrue(clip.frames.stream().allMatch(f -> f.cues().isEmpty()), "no cue at all");
        assertEquals(10.0, ((TrackerState.Hold) clip.last().state()).heldSeconds(), 0.05);
    }

    @Test
    void aChinLiftedAndPushedForwardIsCuedWithoutStoppingTheHold() {
        Random random = new Random(53);
        Clip clip = new Clip(new ExerciseEvaluator(Clip.shipped("rhomboid-release"), new Dose(1, 0, 20, 0, 0, 0, 0),
                null, ExerciseEvaluator.Options.DEFAULT))
                .play(3, t -> RHOMBOID.withNeckFlex(20).withHeadPitch(40).pose(random));
        assertTrue(clip.last().hasCue("chin-up"));
        assertTrue(clip.firstCue("chin-up").text().startsWith("tuck your chin gently"));
        assertFalse(((TrackerState.Hold) clip.last().state()).paused(), "a warning, not a broken hold");
    }

    @Test
    void aLockedElbowInChildsPoseIsAskedToSoftenAndSlightlyBentElbowsAreLeftAlone() {
        Random random = new Random(54);
        Clip locked = new Clip(ExerciseEvaluator.of(Clip.shipped("childs-pose")))
                .play(4, t -> CHILDS_POSE.withElbowAngle(180).pose(random));
        assertEquals("soften your elbows, keep them slightly bent", locked.firstCue("arms-long").text());
        assertFalse(((TrackerState.Hold) locked.last().state()).paused(), "a warning: the hold goes on");
        Clip soft = new Clip(ExerciseEvaluator.of(Clip.shipped("childs-pose")))
                .play(10, t -> CHILDS_POSE.withElbowAngle(160).pose(random));
        assertFalse(soft.cueEver("arms-long"), "elbows slightly bent, as the programme asks");
    }
}
