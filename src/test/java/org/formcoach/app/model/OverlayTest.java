package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.cue;
import static org.formcoach.app.model.Frames.pose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.formcoach.form.ExerciseEvaluator;
import org.formcoach.form.FormFrame;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.pose.Keypoint;
import org.formcoach.routine.Exercise;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.Severity;
import org.junit.jupiter.api.Test;

class OverlayTest {

    private final Exercise wall = Frames.CATALOG.exercise("wall-pushup").orElseThrow();
    private final TrackerState reps = new TrackerState.Reps(0, 8, 0, RepPhase.TOP, false);

    private Overlay.DrawnSegment segment(Overlay o, Keypoint a, Keypoint b) {
        return o.segments().stream().filter(s -> s.from() == a && s.to() == b).findFirst().orElseThrow();
    }

    @Test
    void anErrorCueMarksTheSegmentsAtItsKeypointsAndTheOtherCheckedOnesStayGood() {
        FormFrame form = Frames.form(1, reps, List.of(cue("hip-line", "lift your hips", Severity.ERROR,
                Keypoint.LEFT_HIP)), List.of(), List.of());
        Overlay o = Overlay.of(pose(), form, wall, 0.3);
        assertEquals(Tone.ERROR, segment(o, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_HIP).tone());
        assertEquals(Tone.ERROR, segment(o, Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE).tone());
        assertEquals(Tone.GOOD, segment(o, Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST).tone());
        // the right side is watched too: the engine uses whichever side faces the camera
        assertEquals(Tone.GOOD, segment(o, Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_HIP).tone());
        // no rule of the wall push-up looks at the eyes
        assertEquals(Tone.NEUTRAL, segment(o, Keypoint.LEFT_EYE, Keypoint.NOSE).tone());
    }

    @Test
    void aWarningIsAmberAndPositioningAdviceMarksNothing() {
        FormFrame form = Frames.form(1, reps, List.of(
                cue(ExerciseEvaluator.CUE_POSITION, "step back", Severity.INFO, Keypoint.LEFT_ANKLE),
                cue("head-line", "tuck your chin", Severity.WARNING, Keypoint.LEFT_SHOULDER)), List.of(), List.of());
        Overlay o = Overlay.of(pose(), form, wall, 0.3);
        assertEquals(Tone.WARNING, segment(o, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW).tone());
        assertEquals(Tone.GOOD, segment(o, Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_HIP).tone());
    }

    @Test
    void keypointsBelowTheGateAreFadedAndNeverJudged() {
        FormFrame form = Frames.form(1, reps, List.of(cue("hip-line", "x", Severity.ERROR, Keypoint.LEFT_KNEE)),
                List.of(), List.of());
        Overlay o = Overlay.of(pose(Keypoint.LEFT_KNEE), form, wall, 0.3);
        Overlay.DrawnSegment thigh = segment(o, Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE);
        assertTrue(thigh.faded());
        assertEquals(Tone.NEUTRAL, thigh.tone());
        assertTrue(o.points().get(Keypoint.LEFT_KNEE.ordinal()).faded());
        assertFalse(o.points().get(Keypoint.LEFT_HIP.ordinal()).faded());
    }

    @Test
    void anglesAreLabelledAtTheirJointsOncePerJointAndTheBodyLineIsNamed() {
        FormFrame form = Frames.form(1, reps, List.of(), List.of(), List.of(
                new Measurement("rep-angle", 92.4, "deg", Keypoint.LEFT_ELBOW),
                new Measurement("head-line", 12.4, "deg", Keypoint.LEFT_ELBOW),
                new Measurement("hip-line", -4.2, "deg", Keypoint.LEFT_HIP),
                new Measurement("head-yaw", 0.3, "ratio", Keypoint.NOSE)));
        Overlay o = Overlay.of(pose(), form, wall, 0.3);
        assertEquals(List.of("92°", "line 4°"), o.labels().stream().map(Overlay.Label::text).toList());
        Overlay.Label elbow = o.labels().get(0);
        assertEquals(Keypoint.LEFT_ELBOW, elbow.at());
        assertEquals(pose().point(Keypoint.LEFT_ELBOW).x(), elbow.x());
    }

    @Test
    void aRuleTheViewCannotJudgeMarksNothingAsCheckedAndWithoutAPersonNothingIsDrawn() {
        FormFrame front = new FormFrame(Frames.seconds(1), org.formcoach.body.View.FRONT, true, List.of(),
                List.of(cue(ExerciseEvaluator.CUE_VIEW, "from the front, your hip line is not checked", Severity.INFO)),
                List.of(), reps, null, List.of("hip-line", "head-line"));
        Overlay o = Overlay.of(pose(), front, wall, 0.3);
        assertEquals(Tone.NEUTRAL, segment(o, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_HIP).tone(), "hips not judged");
        assertEquals(Tone.GOOD, segment(o, Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST).tone(), "reps still counted");
        assertEquals(Overlay.EMPTY, Overlay.of(null, front, wall, 0.3));
    }
}
