package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.pipeline.CoachText;
import org.formcoach.routine.Dose;
import org.junit.jupiter.api.Test;

class HoldTest {

    private static final long S = 1_000_000_000L;

    @Test
    void timerCountsGraceThenPausesAndResumes() {
        HoldTimer timer = new HoldTimer(20, 1);
        assertEquals(HoldTimer.Change.STARTED, timer.update(0, true));
        for (long t = 1; t <= 8; t++) {
            timer.update(t * S, true);
        }
        assertEquals(8.0, timer.heldSeconds(), 1e-9);
        assertEquals(HoldTimer.Change.NONE, timer.update(8 * S + S / 2, false));
        assertEquals(HoldTimer.Change.PAUSED, timer.update(9 * S + S / 2, false));
        assertEquals(9.0, timer.heldSeconds(), 1e-9, "only the 1 s grace is credited");
        assertEquals(HoldTimer.Change.NONE, timer.update(11 * S, false));
        assertEquals(9.0, timer.heldSeconds(), 1e-9);
        assertEquals(HoldTimer.Change.RESUMED, timer.update(12 * S, true));
        assertEquals(10.0, timer.heldSeconds(), 1e-9);
        assertEquals(HoldTimer.Change.DONE, timer.update(22 * S, true));
        assertTrue(timer.done());
        assertEquals(20.0, timer.heldSeconds(), 1e-9);
    }

    @Test
    void timerWaitsForGoodFormToStart() {
        HoldTimer timer = new HoldTimer(5, 1);
        assertEquals(HoldTimer.Change.NONE, timer.update(0, false));
        assertFalse(timer.started());
        assertEquals(HoldTimer.Change.STARTED, timer.update(3 * S, true));
        assertEquals(0, timer.heldSeconds(), 1e-9);
    }

    /** Chest opener: arms clasped behind and lifted (good) or hanging by the sides (broken). */
    static final Skeleton OPENER = Skeleton.standing(View.LEFT_SIDE).withShoulderFlex(-30).withElbowAngle(170)
            .withNoise(2);
    static final Skeleton ARMS_DOWN = Skeleton.standing(View.LEFT_SIDE).withElbowAngle(170).withNoise(2);

    @Test
    void twentySecondHoldBrokenForThreeSecondsPausesTheTimer() {
        ExerciseEvaluator ev = new ExerciseEvaluator(Clip.shipped("chest-opener"), new Dose(1, 0, 20, 0, 0, 0, 0),
                null, ExerciseEvaluator.Options.DEFAULT);
        Random random = new Random(5);
        Clip clip = new Clip(ev).play(8, t -> OPENER.pose(random))
                .play(3, t -> ARMS_DOWN.pose(random));
        TrackerState.Hold during = (TrackerState.Hold) clip.last().state();
        assertTrue(during.paused());
        // 8 s of good form, the 1 s grace, then nothing while the arms are down
        assertEquals(9.0, during.heldSeconds(), 0.05);
        assertEquals(1, clip.events(FormEvent.Type.HOLD_PAUSED).size());
        assertEquals(9.0, Clip.seconds(clip.events(FormEvent.Type.HOLD_PAUSED).get(0)), 0.05);
        assertTrue(clip.last().hasCue("hands-behind"), "the cue names the fix: " + clip.last().cues());

        clip.play(12, t -> OPENER.pose(random));
        assertEquals(1, clip.events(FormEvent.Type.HOLD_RESUMED).size());
        assertEquals(1, clip.events(FormEvent.Type.HOLD_DONE).size());
        assertEquals(22.0, Clip.seconds(clip.events(FormEvent.Type.HOLD_DONE).get(0)), 0.05);
        TrackerState.Hold end = (TrackerState.Hold) clip.last().state();
        assertTrue(end.done());
        assertEquals(20.0, end.heldSeconds(), 1e-9);
    }

    @Test
    void aShortWobbleDoesNotPause() {
        ExerciseEvaluator ev = ExerciseEvaluator.of(Clip.shipped("chest-opener"));
        Random random = new Random(6);
        Clip clip = new Clip(ev).play(5, t -> OPENER.pose(random)).play(0.5, t -> ARMS_DOWN.pose(random))
                .play(10, t -> OPENER.pose(random));
        assertEquals(0, clip.events(FormEvent.Type.HOLD_PAUSED).size());
        assertEquals(15.0, Clip.seconds(clip.events(FormEvent.Type.HOLD_DONE).get(0)), 0.05);
    }

    @Test
    void leavingTheFramePausesAHold() {
        ExerciseEvaluator ev = ExerciseEvaluator.of(Clip.shipped("chest-opener"));
        Random random = new Random(7);
        Clip clip = new Clip(ev).play(4, t -> OPENER.pose(random)).play(3, t -> null);
        assertTrue(((TrackerState.Hold) clip.last().state()).paused());
        assertEquals(5.0, ((TrackerState.Hold) clip.last().state()).heldSeconds(), 0.05);
        assertTrue(clip.last().hasCue(ExerciseEvaluator.CUE_POSITION));
    }

    @Test
    void aHoldRangeCreditsItsLowerEndAndEndsAtItsUpperEnd() {
        HoldTimer timer = new HoldTimer(30, 45, 1);
        assertEquals(HoldTimer.Change.STARTED, timer.update(0, true));
        HoldTimer.Change at30 = HoldTimer.Change.NONE;
        for (long t = 1; t <= 30; t++) {
            at30 = timer.update(t * S, true);
        }
        assertEquals(HoldTimer.Change.CREDITED, at30, "30 s counts as done");
        assertTrue(timer.credited());
        assertFalse(timer.done(), "and the timer keeps counting");
        for (long t = 31; t < 45; t++) {
            assertEquals(HoldTimer.Change.NONE, timer.update(t * S, true));
        }
        assertEquals(HoldTimer.Change.DONE, timer.update(45 * S, true), "the set ends at 45 s");
        assertEquals(45.0, timer.heldSeconds(), 1e-9);
    }

    @Test
    void leavingTheHoldAfterTheLowerEndOfTheRangeEndsIt() {
        HoldTimer timer = new HoldTimer(30, 45, 1);
        timer.update(0, true);
        for (long t = 1; t <= 36; t++) {
            timer.update(t * S, true);
        }
        assertEquals(HoldTimer.Change.NONE, timer.update(36 * S + S / 2, false), "a wobble is not a stop");
        assertEquals(HoldTimer.Change.DONE, timer.update(37 * S + S / 2, false), "past the grace: stopped");
        assertEquals(37.0, timer.heldSeconds(), 1e-9, "36 s and the 1 s grace");
        assertTrue(timer.credited());
    }

    @Test
    void leavingTheHoldBeforeTheLowerEndOnlyPausesIt() {
        HoldTimer timer = new HoldTimer(30, 45, 1);
        timer.update(0, true);
        for (long t = 1; t <= 20; t++) {
            timer.update(t * S, true);
        }
        assertEquals(HoldTimer.Change.PAUSED, timer.update(22 * S, false));
        assertFalse(timer.done());
        assertFalse(timer.credited());
    }

    @Test
    void theChildsPoseRangeShowsBothEndsAndEndsTheSetAtFortyFiveSeconds() {
        Random random = new Random(8);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("childs-pose")))
                .play(50, t -> HoldExercisesTest.CHILDS_POSE.pose(random));
        assertEquals(1, clip.events(FormEvent.Type.HOLD_DONE).size());
        assertEquals(30.0, Clip.seconds(clip.events(FormEvent.Type.HOLD_DONE).get(0)), 0.05, "credited at 30 s");
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(45.0, Clip.seconds(clip.events(FormEvent.Type.SET_DONE).get(0)), 0.05, "the set ends at 45 s");
        TrackerState.Hold at20 = (TrackerState.Hold) clip.frames.get(20 * 30 + 5).state();
        assertEquals("Set 1 of 2 — Hold 20 / 30–45 s", CoachText.progress(at20, 1, 2));
        TrackerState.Hold at36 = (TrackerState.Hold) clip.frames.get(36 * 30 + 5).state();
        assertEquals("Hold 36 s — 30 s done ✓, up to 45 s", CoachText.progress(at36, 1, 1));
    }
}
