package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped push-ups against synthetic stick figures: these pin the geometry of the rules and the
 * counter (which signal, which view, which cue); the real-clip corpus (CorpusTest) is what shows
 * they are right on people.
 */
class PushupTest {

    static final double WALL_PITCH = 25;
    static final double FLOOR_PITCH = 75;
    private final Exercise wall = Clip.shipped("wall-pushup");
    private final Exercise floor = Clip.shipped("floor-pushup");

    private ExerciseEvaluator evaluator(int reps) {
        return evaluator(wall, reps);
    }

    private static ExerciseEvaluator evaluator(Exercise exercise, int reps) {
        return new ExerciseEvaluator(exercise, new Dose(1, reps, 0, 0, 0, 0, 0), null,
                ExerciseEvaluator.Options.DEFAULT);
    }

    /** Elbow angle over one rep: 0.5 s at the top, then a smooth trip to {@code bottom} and back. */
    static double elbowAt(double tInRep, double repSeconds, double bottom) {
        double pause = 0.5;
        if (tInRep < pause) {
            return 175;
        }
        double phase = (tInRep - pause) / (repSeconds - pause);
        return 175 - (175 - bottom) * (1 - Math.cos(2 * Math.PI * phase)) / 2;
    }

    private static Clip holdStill(ExerciseEvaluator ev, Skeleton body, long seed) {
        Random random = new Random(seed);
        return new Clip(ev).play(3, t -> body.withNoise(2).pose(random));
    }

    @Test
    void twentyDegreeSagRaisesTheLineCueAndFiveDoesNot() {
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withElbowAngle(175);
        Clip sag20 = holdStill(evaluator(8), plank.withSag(20), 1);
        Cue cue = sag20.last().cues().stream().filter(c -> c.id().equals("hip-line")).findFirst().orElseThrow();
        assertTrue(cue.text().startsWith("tighten your stomach and lift your hips"), cue.text());
        assertTrue(cue.highlight().contains(Keypoint.LEFT_HIP));
        double measured = sag20.last().measurements().stream().filter(m -> m.name().equals("hip-line"))
                .findFirst().orElseThrow().value();
        assertEquals(20, measured, 3, "deviation measured at the hip");

        Clip sag5 = holdStill(evaluator(8), plank.withSag(5), 1);
        assertFalse(sag5.cueEver("hip-line"), "5° is within the 12° default");
        Clip straight = holdStill(evaluator(8), plank, 1);
        assertFalse(straight.cueEver("hip-line"));
    }

    @Test
    void aPerPersonThresholdOverridesTheDefault() {
        Exercise lenient = wall.withRule(wall.rule("hip-line").orElseThrow().withRange(-25.0, 25.0));
        Skeleton sagging = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withElbowAngle(175).withSag(20);
        Clip clip = holdStill(new ExerciseEvaluator(lenient, lenient.dose(), null, ExerciseEvaluator.Options.DEFAULT),
                sagging, 1);
        assertFalse(clip.cueEver("hip-line"));
        assertEquals(12.0, wall.rule("hip-line").orElseThrow().max(), "the shipped exercise is unchanged");
    }

    @Test
    void framesMustComeInOrder() {
        ExerciseEvaluator ev = evaluator(8);
        ev.evaluate(null, 1_000);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ev.evaluate(null, 999));
    }

    @Test
    void pikeIsToldApartFromSag() {
        Skeleton plank = Skeleton.pushup(View.RIGHT_SIDE, WALL_PITCH).withElbowAngle(175);
        Clip pike = holdStill(evaluator(8), plank.withTrunkFlex(35), 2);
        Cue cue = pike.last().cues().stream().filter(c -> c.id().equals("hip-line")).findFirst().orElseThrow();
        assertTrue(cue.text().startsWith("lower your hips"), cue.text());
        assertTrue(cue.highlight().contains(Keypoint.RIGHT_HIP), "right side faces the camera: " + cue.highlight());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 1234, 99})
    void twelveRepsWithNoiseAndMissingFramesCountExactlyTwelve(long seed) {
        Random random = new Random(seed);
        Random drop = new Random(seed + 1);
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withNoise(3);
        double rep = 3.5;
        Clip clip = new Clip(evaluator(12)).play(12 * rep + 1, t -> {
            Pose pose = plank.withElbowAngle(t < 12 * rep ? elbowAt(t % rep, rep, 85) : 175).pose(random);
            return drop.nextDouble() < 0.10 ? null : pose;
        });
        assertEquals(12, ((TrackerState.Reps) clip.last().state()).reps());
        assertEquals(12, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertEquals(List.of(), clip.events(FormEvent.Type.REP_REJECTED));
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertFalse(clip.cueEver("hip-line"), "a straight body never gets a line cue, noise or not");
        assertTrue(clip.last().state().done());
    }

    /** {@code count} reps of {@code repSeconds} down to {@code bottom}, then a second at the top. */
    private Clip reps(int count, double repSeconds, double bottom, long seed) {
        Random random = new Random(seed);
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withNoise(2);
        double end = count * repSeconds;
        return new Clip(evaluator(8)).play(end + 1, t -> plank
                .withElbowAngle(t < end ? elbowAt(t % repSeconds, repSeconds, bottom) : 175).pose(random));
    }

    @Test
    void halfRangeRepsDoNotCount() {
        Clip clip = reps(5, 3.0, 125, 3);
        assertEquals(0, ((TrackerState.Reps) clip.last().state()).reps());
        assertEquals(5, clip.events(FormEvent.Type.REP_REJECTED, ExerciseEvaluator.CUE_PARTIAL).size());
        assertTrue(clip.firstCue(ExerciseEvaluator.CUE_PARTIAL).text().contains("about 90°"));
    }

    @Test
    void bouncingRepsCountWithTheTempoCue() {
        // 0.5 s at the top, then down and up in 0.4 s: a bounce, still a full-range rep
        Clip clip = reps(4, 0.9, 85, 4);
        assertEquals(4, ((TrackerState.Reps) clip.last().state()).reps());
        assertEquals(4, clip.events(FormEvent.Type.REP_COUNTED, ExerciseEvaluator.CUE_TEMPO).size());
        assertTrue(clip.cueEver(ExerciseEvaluator.CUE_TEMPO));
        assertTrue(clip.frames.stream().map(FormFrame::rep).filter(java.util.Objects::nonNull)
                .allMatch(r -> r.counted() && r.faults().contains(ExerciseEvaluator.CUE_TEMPO)));
    }

    @Test
    void anOrdinaryPaceIsNoTempoFault() {
        // one rep every 2 seconds
        Clip clip = reps(6, 2.0, 85, 6);
        assertEquals(6, ((TrackerState.Reps) clip.last().state()).reps());
        assertFalse(clip.cueEver(ExerciseEvaluator.CUE_TEMPO));
        assertTrue(clip.frames.stream().map(FormFrame::rep).filter(java.util.Objects::nonNull)
                .allMatch(RepResult::clean));
    }

    @Test
    void controlledFullRepsCountAndFinishTheSet() {
        Clip clip = reps(8, 4.0, 85, 5);
        assertEquals(8, ((TrackerState.Reps) clip.last().state()).reps());
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8),
                clip.events(FormEvent.Type.REP_COUNTED).stream().map(FormEvent::count).toList());
    }

    @Test
    void aRepWhoseBottomWasNotSeenIsNeitherCountedNorFaulted() {
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH);
        // the person leaves the frame from 1.5 s to 3 s of a 3.5 s rep, the bottom included
        Clip clip = new Clip(evaluator(8)).play(3.5, t -> t > 1.5 && t < 3 ? null
                : plank.withElbowAngle(elbowAt(t, 3.5, 85)).pose()).play(1, t -> plank.withElbowAngle(175).pose());
        assertEquals(0, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertEquals(0, clip.events(FormEvent.Type.REP_REJECTED).size());
        // and the next rep counts as usual
        clip.play(3.5, t -> plank.withElbowAngle(elbowAt(t, 3.5, 85)).pose());
        assertEquals(1, clip.events(FormEvent.Type.REP_COUNTED).size());
    }

    @Test
    void deeperThanNinetyDegreesIsAGoodFloorPushup() {
        Random random = new Random(7);
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, FLOOR_PITCH).withNoise(2);
        Clip clip = new Clip(evaluator(floor, 8)).play(3 * 3.0 + 1,
                t -> plank.withElbowAngle(t < 9 ? elbowAt(t % 3, 3, 60) : 175).pose(random));
        assertEquals(3, ((TrackerState.Reps) clip.last().state()).reps());
        assertTrue(clip.frames.stream().allMatch(f -> f.cues().isEmpty()), "no cue at all");
    }

    @Test
    void missingAnklesAskToStepBackAndNeverFault() {
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withSag(25)
                .withDropped(Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE);
        Clip clip = new Clip(evaluator(8)).play(3, t -> plank.withElbowAngle(elbowAt(t, 3, 85)).pose());
        assertEquals("step back so your ankles are in view", clip.last().cues().stream()
                .filter(c -> c.id().equals(ExerciseEvaluator.CUE_POSITION)).findFirst().orElseThrow().text());
        assertFalse(clip.cueEver("hip-line"), "a line that cannot be seen is not a fault");
    }

    @Test
    void noPersonGivesAPositioningCueAndNothingElse() {
        Clip clip = new Clip(evaluator(8)).play(3, t -> null);
        assertEquals(1, clip.last().cues().size());
        assertEquals(ExerciseEvaluator.CUE_POSITION, clip.last().cues().get(0).id());
        assertTrue(clip.last().cues().get(0).text().contains("head to feet"));
        assertFalse(clip.last().personInView());
        assertEquals(0, ((TrackerState.Reps) clip.last().state()).reps());
    }

    @Test
    void aFloorPushupFilmedFromTheFrontIsCountedOnTheReachAndSaysOnceWhatItCannotCheck() {
        Random random = new Random(11);
        Skeleton plank = Skeleton.pushup(View.FRONT, FLOOR_PITCH).withNoise(2);
        Clip clip = new Clip(evaluator(floor, 8)).play(5 * 3.0 + 1,
                t -> plank.withElbowAngle(t < 15 ? elbowAt(t % 3, 3, 85) : 175).pose(random));
        assertEquals(View.FRONT, clip.last().view());
        assertEquals(5, ((TrackerState.Reps) clip.last().state()).reps());
        assertTrue(clip.frames.stream().map(FormFrame::rep).filter(java.util.Objects::nonNull)
                .allMatch(r -> r.signal().equals("reach")));
        assertTrue(clip.last().checksOff().contains("hip-line"));
        assertEquals(1, clip.events(FormEvent.Type.CUE_STARTED, ExerciseEvaluator.CUE_VIEW).size(), "said once");
        String notice = clip.firstCue(ExerciseEvaluator.CUE_VIEW).text();
        assertTrue(notice.contains("hip line") && notice.contains("not checked") && notice.contains("sideways"), notice);
        assertFalse(clip.cueEver("hip-line"));
    }

    @Test
    void someoneStandingInFrontOfTheCameraIsNotInAFloorPushup() {
        // arms bending while standing would read as reps on the reach signal; from the front only the
        // trunk seen end-on (the hips close to the shoulders in the picture) is a body on the floor
        Random random = new Random(13);
        Skeleton standing = Skeleton.standing(View.FRONT).withNoise(2);
        Clip clip = new Clip(evaluator(floor, 8)).play(4 * 3.0,
                t -> standing.withElbowAngle(elbowAt(t % 3, 3, 60)).pose(random));
        assertEquals(View.FRONT, clip.last().view());
        assertEquals(0, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertTrue(clip.firstCue(ExerciseEvaluator.CUE_POSITION).text().startsWith("get into your push-up position"));
    }

    @Test
    void aThreeQuarterViewCountsOnTheNearElbowAndStillJudgesTheHips() {
        Random random = new Random(12);
        Skeleton plank = Skeleton.pushup(View.RIGHT_THREE_QUARTER, FLOOR_PITCH).withNoise(2);
        Clip clip = new Clip(evaluator(floor, 8)).play(4 * 3.0 + 1,
                t -> plank.withElbowAngle(t < 12 ? elbowAt(t % 3, 3, 80) : 175).pose(random));
        assertEquals(View.RIGHT_THREE_QUARTER, clip.last().view());
        assertEquals(4, ((TrackerState.Reps) clip.last().state()).reps());
        assertFalse(clip.cueEver("hip-line"));
        Clip sagging = new Clip(evaluator(floor, 8)).play(3, t -> plank.withSag(30).withElbowAngle(175).pose(random));
        assertTrue(sagging.cueEver("hip-line"), "the hip line is judged at three-quarter");
    }

    @Test
    void theHiddenFarArmIsNeverRead() {
        // the near elbow is not seen; the far arm (half-hidden, still above the score gate) bends far
        // less than the near one would: it must not be read as the rep
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withDropped(Keypoint.LEFT_ELBOW);
        Clip clip = new Clip(evaluator(8)).play(4 * 3.0, t -> plank.withElbowAngle(elbowAt(t % 3, 3, 85)).pose());
        assertEquals(0, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertTrue(clip.frames.stream().flatMap(f -> f.measurements().stream())
                .noneMatch(m -> m.name().startsWith("rep-")), "nothing read from the far arm");
        assertEquals("move so your elbows are in view", clip.firstCue(ExerciseEvaluator.CUE_POSITION).text());
    }

    @Test
    void theHeadIsJudgedApartFromTheHips() {
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, FLOOR_PITCH).withElbowAngle(175);
        Clip dropped = holdStill(evaluator(floor, 8), plank.withNeckFlex(35), 3);
        assertTrue(dropped.cueEver("head-line"));
        assertTrue(dropped.firstCue("head-line").text().startsWith("lift your head in line"));
        assertFalse(dropped.cueEver("hip-line"), "a head movement is never a hip fault");
        Clip poked = holdStill(evaluator(floor, 8), plank.withNeckFlex(-35), 3);
        assertEquals("tuck your chin, keep your head in line with your body", poked.firstCue("head-line").text());
        Clip sag = holdStill(evaluator(floor, 8), plank.withSag(25), 3);
        assertTrue(sag.cueEver("hip-line"));
        assertFalse(sag.cueEver("head-line"), "a sag is not a head fault");
    }

    @Test
    void outOfPositionNothingIsCountedOrJudged() {
        // standing side-on, arms at the sides, bending the elbows: no push-up, whatever the elbows do
        Skeleton standing = Skeleton.standing(View.LEFT_SIDE).withShoulderFlex(10).withTrunkFlex(-20);
        Clip clip = new Clip(evaluator(8)).play(4 * 3.0, t -> standing.withElbowAngle(elbowAt(t % 3, 3, 80)).pose());
        assertEquals(0, clip.events(FormEvent.Type.REP_COUNTED).size());
        assertEquals(0, clip.events(FormEvent.Type.REP_REJECTED).size());
        assertFalse(clip.cueEver("hip-line"), "no fault is judged out of position");
        assertEquals("put your hands on the wall at eye level, arms straight, feet back from the wall",
                clip.firstCue(ExerciseEvaluator.CUE_POSITION).text());
    }

    @Test
    void aFaultyFullRepCountsAndCarriesItsFault() {
        Random random = new Random(13);
        Skeleton sagging = Skeleton.pushup(View.LEFT_SIDE, FLOOR_PITCH).withSag(25).withNoise(1);
        Clip clip = new Clip(evaluator(floor, 8)).play(3 * 3.0 + 1,
                t -> sagging.withElbowAngle(t < 9 ? elbowAt(t % 3, 3, 85) : 175).pose(random));
        List<RepResult> reps = clip.frames.stream().map(FormFrame::rep).filter(java.util.Objects::nonNull).toList();
        assertEquals(3, reps.size());
        assertTrue(reps.stream().allMatch(r -> r.counted() && r.faults().contains("hip-line") && !r.clean()));
    }

    @Test
    void sameVideoSameResult() {
        Skeleton plank = Skeleton.pushup(View.LEFT_SIDE, WALL_PITCH).withNoise(3);
        Random r1 = new Random(9);
        Random r2 = new Random(9);
        Clip a = new Clip(evaluator(8)).play(9, t -> plank.withElbowAngle(elbowAt(t % 3, 3, 85)).pose(r1));
        Clip b = new Clip(evaluator(8)).play(9, t -> plank.withElbowAngle(elbowAt(t % 3, 3, 85)).pose(r2));
        assertEquals(a.frames, b.frames);
    }
}
