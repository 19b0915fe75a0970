package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk-posture watch from a desk webcam: hips and legs hidden. */
class PostureWatchTest {

    static final Keypoint[] UNDER_DESK = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE,
        Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE, Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST};
    static final Skeleton SITTING = Skeleton.standing(View.FRONT).withDropped(UNDER_DESK).withNoise(1.5);
    /** Slumped: trunk 20° forward, head 30° forward; from the front the nose drops toward the shoulders. */
    static final Skeleton SLUMPED = SITTING.withTrunkFlex(20).withNeckFlex(30);

    @Test
    void alertsOnlyAfterThirtySecondsOfSustainedSlouch() {
        Random random = new Random(41);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture")))
                .play(6, t -> SITTING.pose(random));
        assertEquals(1, clip.events(FormEvent.Type.CALIBRATED).size());
        assertTrue(((TrackerState.Watch) clip.last().state()).calibrated());
        clip.play(20, t -> SLUMPED.pose(random)).play(10, t -> SITTING.pose(random));
        assertEquals(0, alerts(clip).size(), "20 s of slouching is not sustained");

        double slouchStart = clip.now();
        clip.play(40, t -> SLUMPED.pose(random));
        List<FormEvent> alerts = clip.events(FormEvent.Type.CUE_STARTED, "head-drop");
        assertEquals(1, alerts.size());
        assertEquals(slouchStart + 30, Clip.seconds(alerts.get(0)), 0.1);
        assertEquals("sit tall and lift your head, as if a string pulls the top of your head up",
                clip.last().cues().stream().filter(c -> c.id().equals("head-drop")).findFirst().orElseThrow().text());
        assertEquals(List.of(1), ((TrackerState.Watch) clip.last().state()).alertsByHour());

        clip.play(3, t -> SITTING.pose(random));
        assertFalse(clip.last().hasCue("head-drop"), "sitting tall again clears the alert");
    }

    /** Posture alerts: cues of the exercise's own rules (not positioning or view notices). */
    static List<FormEvent> alerts(Clip clip) {
        return clip.events(FormEvent.Type.CUE_STARTED).stream()
                .filter(e -> clip.evaluator.exercise().rule(e.subject()).isPresent()).toList();
    }

    @Test
    void aWholeUpperBodySinkingInTheChairIsAlertedThoughTheHeadStaysOverTheShoulders() {
        Random random = new Random(45);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture"))).play(6, t -> SITTING.pose(random));
        double start = clip.now();
        clip.play(35, t -> SITTING.withSink(8).pose(random));
        List<FormEvent> sinking = clip.events(FormEvent.Type.CUE_STARTED, "sinking");
        assertEquals(1, sinking.size(), alerts(clip).toString());
        assertEquals(start + 30, Clip.seconds(sinking.get(0)), 0.5);
        assertFalse(clip.cueEver("head-drop"), "the head did not drop toward the shoulders");
    }

    @Test
    void comingCloserToTheScreenIsAlerted() {
        Random random = new Random(46);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture"))).play(6, t -> SITTING.pose(random))
                .play(35, t -> SITTING.withNearness(1.25).pose(random));
        assertEquals(1, clip.events(FormEvent.Type.CUE_STARTED, "leaning-in").size(), alerts(clip).toString());
        assertEquals("sit back in your chair, your head has come closer to the screen",
                clip.firstCue("leaning-in").text());
    }

    @Test
    void sittingUprightWithSmallMovementsRaisesNoAlertInTenMinutes() {
        Random random = new Random(47);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture")));
        for (int i = 0; i < 60; i++) {
            double sway = (i % 4) - 1.5;
            clip.play(10, t -> SITTING.withSideBend(sway).withSink(sway / 2).withNearness(1 + sway / 50)
                    .withHeadYaw(sway * 8).pose(random));
        }
        assertEquals(List.of(), alerts(clip));
    }

    @Test
    void aNaturalAsymmetryIsNotAFault() {
        Random random = new Random(44);
        Skeleton leaning = SITTING.withSideBend(7); // beyond the 5° limit if it were absolute
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture")))
                .play(6, t -> leaning.pose(random))
                .play(40, t -> leaning.pose(random));
        assertFalse(clip.cueEver("shoulder-tilt"));
        clip.play(35, t -> leaning.withSideBend(15).pose(random));
        assertEquals(1, clip.events(FormEvent.Type.CUE_STARTED, "shoulder-tilt").size(), "8° more than neutral");
    }

    @Test
    void sideViewForwardHeadIsMeasuredAgainstTheNeutral() {
        Random random = new Random(42);
        Skeleton side = Skeleton.standing(View.LEFT_SIDE).withDropped(UNDER_DESK).withNoise(1.5);
        Clip clip = new Clip(ExerciseEvaluator.of(Clip.shipped("desk-posture")))
                .play(6, t -> side.pose(random))
                .play(35, t -> side.withNeckFlex(20).pose(random));
        assertEquals(1, clip.events(FormEvent.Type.CUE_STARTED, "forward-head").size());
        double measured = clip.last().measurements().stream().filter(m -> m.name().equals("forward-head"))
                .findFirst().orElseThrow().value();
        assertEquals(-20, measured, 3, "degrees forward of the neutral");
    }

    @Test
    void theSustainTimeIsConfigurableInTheFile(@TempDir Path dir) throws IOException {
        Path exercises = Files.createDirectories(dir.resolve("exercises"));
        String yaml = Files.readString(Path.of("routines/exercises/desk-posture.yaml"))
                .replace("after: 30", "after: 10").replace("reminder_routine: office-reset", "");
        Files.writeString(exercises.resolve("desk-posture.yaml"), yaml);
        Catalog c = new RoutineLoader().load(dir);
        assertEquals(List.of(), c.errors());
        Random random = new Random(43);
        Clip clip = new Clip(ExerciseEvaluator.of(c.exercise("desk-posture").orElseThrow()))
                .play(6, t -> SITTING.pose(random));
        double start = clip.now();
        clip.play(15, t -> SLUMPED.pose(random));
        assertEquals(start + 10, Clip.seconds(clip.events(FormEvent.Type.CUE_STARTED, "head-drop").get(0)), 0.1);
    }

    @Test
    void aGivenNeutralSkipsCalibrationAndRemindersComeEveryNinetyMinutes() {
        Neutral neutral = Neutral.of(List.of(SITTING.pose()), View.FRONT);
        ExerciseEvaluator ev = new ExerciseEvaluator(Clip.shipped("desk-posture"), Clip.shipped("desk-posture").dose(),
                neutral, ExerciseEvaluator.Options.DEFAULT);
        long minute = 60_000_000_000L;
        int reminders = 0;
        for (long t = 0; t <= 181 * minute; t += minute / 2) {
            FormFrame f = ev.evaluate(SITTING.pose(), t);
            assertFalse(f.has(FormEvent.Type.CALIBRATED));
            for (FormEvent e : f.events()) {
                if (e.type() == FormEvent.Type.REMINDER) {
                    reminders++;
                    assertEquals("office-reset", e.subject());
                }
            }
        }
        assertEquals(2, reminders);
        assertEquals(java.util.List.of(0, 0, 0, 0), ((TrackerState.Watch) ev.evaluate(SITTING.pose(), 181 * minute + 1)
                .state()).alertsByHour(), "four hours begun, none with an alert");
    }
}
