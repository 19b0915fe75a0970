package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.pipeline.CoachText;
import org.formcoach.routine.Dose;
import org.formcoach.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * The programme's new exercises on SYNTHETIC skeletons (stick figures with pixel noise): what each
 * counts or times, and the checks the camera can make. No real clip of these exercises is in the
 * corpus yet.
 */
class NewExercisesTest {

    // ---- side-lying thoracic rotation ----

    /** Lying on the left side seen from above, knees bent, both arms reaching forward. */
    static final Skeleton ON_LEFT_SIDE = Skeleton.standing(View.RIGHT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withShoulderFlex(90).withElbowAngle(175).lyingOnSide().withNoise(1.5);
    /** Lying on the right side: the left arm is the top arm. */
    static final Skeleton ON_RIGHT_SIDE = Skeleton.standing(View.LEFT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withShoulderFlex(90).withElbowAngle(175).lyingOnSide().withNoise(1.5);

    /** One rotation of the top arm: opens to {@code degrees} and back over {@code seconds}. */
    private static Clip rotate(Clip clip, Skeleton body, boolean leftArm, double degrees, double seconds,
            Random random) {
        return clip.play(seconds, t -> body.withArmOpen(leftArm, degrees * Math.sin(Math.PI * t / seconds))
                .pose(random)).play(1, t -> body.pose(random));
    }

    private static ExerciseEvaluator rotations(int perSide) {
        return new ExerciseEvaluator(Clip.shipped("thoracic-rotation"), new Dose(1, perSide, 0, 0, 0, 0, 0), null,
                ExerciseEvaluator.Options.DEFAULT);
    }

    @Test
    void thoracicRotationsAreCountedPerSideAndTheOtherSideIsAskedFor() {
        Random random = new Random(61);
        Clip clip = new Clip(rotations(3)).play(2, t -> ON_LEFT_SIDE.pose(random));
        for (int i = 0; i < 3; i++) {
            rotate(clip, ON_LEFT_SIDE, false, 130, 6, random);
        }
        TrackerState.Sides after = (TrackerState.Sides) clip.last().state();
        assertEquals(List.of(0, 3), List.of(after.left(), after.right()), "the right arm opened three times");
        assertEquals("right", after.lastSide());
        assertTrue(clip.cueEver(ArmOpeningTracker.CUE_SWITCH), "roll over for the other side");
        assertEquals("roll over and lie on your other side", clip.firstCue(ArmOpeningTracker.CUE_SWITCH).text());
        assertFalse(after.done());

        clip.play(3, t -> ON_RIGHT_SIDE.pose(random));
        for (int i = 0; i < 3; i++) {
            rotate(clip, ON_RIGHT_SIDE, true, 130, 6, random);
        }
        TrackerState.Sides end = (TrackerState.Sides) clip.last().state();
        assertEquals(List.of(3, 3), List.of(end.left(), end.right()));
        assertTrue(end.done());
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(6, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertEquals("Left 3 / 3, right 3 / 3", CoachText.progress(end, 1, 1));
    }

    @Test
    void aSmallOpeningIsNotCountedAndAFlungOneIsCuedToSlowDown() {
        Random random = new Random(62);
        Clip clip = new Clip(rotations(8)).play(2, t -> ON_LEFT_SIDE.pose(random));
        rotate(clip, ON_LEFT_SIDE, false, 60, 6, random);
        TrackerState.Sides s = (TrackerState.Sides) clip.last().state();
        assertEquals(0, s.total(), "opened to 60°: not a rotation");
        assertEquals(1, s.rejected());
        assertEquals("open your top arm further, letting your chest follow",
                clip.firstCue(ExerciseEvaluator.CUE_PARTIAL).text());
        rotate(clip, ON_LEFT_SIDE, false, 130, 1.0, random);
        assertEquals(1, ((TrackerState.Sides) clip.last().state()).total(), "a fast rotation counts");
        assertTrue(clip.cueEver(ExerciseEvaluator.CUE_TEMPO));
    }

    @Test
    void lyingStillCountsNothing() {
        Random random = new Random(63);
        Clip clip = new Clip(rotations(8)).play(20, t -> ON_LEFT_SIDE.pose(random));
        assertEquals(0, ((TrackerState.Sides) clip.last().state()).total());
        assertEquals(0, ((TrackerState.Sides) clip.last().state()).rejected());
    }

    // ---- resistance-band row ----

    /** Sitting tall side-on, arms reaching forward holding the band. */
    static final Skeleton ROW_FORWARD = Skeleton.standing(View.LEFT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withShoulderFlex(85).withElbowAngle(172).withNoise(1.5);
    /** Elbows drawn back past the body, hands at the ribs. */
    static final Skeleton ROW_BACK = ROW_FORWARD.withShoulderFlex(-25).withElbowAngle(75);

    private static Clip row(Clip clip, Skeleton forward, Skeleton back, Random random) {
        return clip.play(2, t -> back.pose(random)).play(2, t -> forward.pose(random));
    }

    @Test
    void bandRowsAreCountedOnTheElbow() {
        Random random = new Random(64);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("band-row"))).play(2, t -> ROW_FORWARD.pose(random));
        for (int i = 0; i < 12; i++) {
            row(clip, ROW_FORWARD, ROW_BACK, random);
        }
        TrackerState.Reps reps = (TrackerState.Reps) clip.last().state();
        assertEquals(12, reps.reps());
        assertTrue(reps.done());
        assertTrue(clip.frames.stream().allMatch(f -> f.cues().stream().noneMatch(c -> c.severity()
                != Severity.INFO)), "a clean row raises no correction");
    }

    @Test
    void elbowsThatStayInFrontLeaningBackAndShruggingAreCued() {
        Random random = new Random(65);
        // the elbows bend but stay in front of the body: a curl, not a row
        Skeleton curl = ROW_FORWARD.withShoulderFlex(60).withElbowAngle(80);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("band-row"))).play(2, t -> ROW_FORWARD.pose(random));
        row(clip, ROW_FORWARD, curl, random);
        assertTrue(clip.cueEver("elbows-back"));
        assertEquals("draw your elbows back past your body and squeeze your shoulder blades together",
                clip.firstCue("elbows-back").text());

        Clip lean = new Clip(ExerciseEvaluator.of(Clip.shipped("band-row"))).play(2, t -> ROW_FORWARD.pose(random));
        row(lean, ROW_FORWARD, ROW_BACK.withTrunkFlex(-18), random);
        assertEquals("stay upright, do not lean back to pull", lean.firstCue("trunk-still").text());

        Clip shrug = new Clip(ExerciseEvaluator.of(Clip.shipped("band-row"))).play(2, t -> ROW_FORWARD.pose(random));
        row(shrug, ROW_FORWARD, ROW_BACK.withShoulderShift(8, 0), random);
        assertEquals("keep your shoulders down, away from your ears", shrug.firstCue("shoulders-down").text());
    }

    // ---- seated forward fold ----

    static final Skeleton SEATED = Skeleton.standing(View.RIGHT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withShoulderFlex(10).withNoise(1.5);
    /** Folded over the thighs, arms and head hanging. */
    static final Skeleton FOLDED = SEATED.withTrunkFlex(65).withNeckFlex(25);

    @Test
    void theForwardFoldIsTimedWhileFoldedWithTheHeadHanging() {
        Random random = new Random(66);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("seated-forward-fold")))
                .play(31, t -> FOLDED.pose(random));
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertTrue(clip.frames.stream().allMatch(f -> f.cues().isEmpty()), "no cue while folded");
    }

    @Test
    void sittingUpPausesTheFoldAndALiftedHeadIsAskedToHang() {
        Random random = new Random(67);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("seated-forward-fold")))
                .play(5, t -> FOLDED.pose(random)).play(4, t -> SEATED.pose(random));
        assertTrue(((TrackerState.Hold) clip.last().state()).paused());
        assertEquals("fold forward from your hips and let your chest sink toward your thighs",
                clip.firstCue("folded").text());
        Clip looking = new Clip(ExerciseEvaluator.of(Clip.shipped("seated-forward-fold")))
                .play(4, t -> FOLDED.withNeckFlex(-30).pose(random));
        assertEquals("let your head hang heavy, chin toward your chest", looking.firstCue("head-hanging").text());
        assertFalse(((TrackerState.Hold) looking.last().state()).paused(), "a warning, not a broken hold");
    }

    // ---- seated 4-direction shoulder activation ----

    static final Skeleton CHAIR = Skeleton.standing(View.RIGHT_SIDE).withHipFlex(90).withKneeFlex(90)
            .withNoise(0.3);

    /** One cycle at a range of {@code cm}: up, back, down, forward, 2.4 s each. */
    private static Clip cycle(Clip clip, double cm, Random random) {
        for (Skeleton p : List.of(CHAIR.withShoulderShift(cm, 0), CHAIR.withShoulderShift(0, -cm),
                CHAIR.withShoulderShift(-cm, 0), CHAIR.withShoulderShift(0, cm))) {
            clip.play(2.4, t -> p.pose(random));
        }
        return clip;
    }

    private static ExerciseEvaluator activation(String id) {
        return new ExerciseEvaluator(Clip.shipped(id), new Dose(1, 0, 0, 0, 0, 0, 2), null,
                ExerciseEvaluator.Options.DEFAULT);
    }

    @Test
    void theSeatedActivationCountsAQuarterLessRangeThanStanding() {
        Random random = new Random(68);
        // 2 cm each way: under the standing 2.5 cm, over the seated 1.9 cm
        Clip seated = new Clip(activation("seated-shoulder-activation")).play(1.5, t -> CHAIR.pose(random));
        cycle(cycle(seated, 2.0, random), 2.0, random);
        assertEquals(2, ((TrackerState.Sequence) seated.last().state()).cycles());
        assertTrue(seated.last().state().done());
        Clip standing = new Clip(activation("shoulder-activation")).play(1.5, t -> CHAIR.pose(random));
        cycle(standing, 2.0, random);
        assertEquals(0, ((TrackerState.Sequence) standing.last().state()).cycles(), "too small for standing");
    }

    @Test
    void theHeadDriftingForwardIsAskedBackOverTheShoulders() {
        Random random = new Random(69);
        Clip clip = new Clip(activation("seated-shoulder-activation")).play(1.5, t -> CHAIR.pose(random))
                .play(3, t -> CHAIR.withNeckFlex(40).pose(random));
        assertEquals("draw your chin back so your ears stay over your shoulders",
                clip.firstCue("ears-over-shoulders").text());
    }
}
