package org.formcoach.form;

import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.Severity;

/** Runs the {@link HeadRotationTracker} in the frame loop: the yaw as a measurement, and cues for a missing turn. */
final class RotationTracker implements ExerciseEvaluator.Tracker {

    private final HeadRotationTracker tracker;
    private final TrackerSpec.HeadRotation spec;

    RotationTracker(HeadRotationTracker tracker, TrackerSpec.HeadRotation spec) {
        this.tracker = tracker;
        this.spec = spec;
    }

    public List<Keypoint> needs() {
        return List.of(Keypoint.NOSE, Keypoint.LEFT_EAR, Keypoint.RIGHT_EAR);
    }

    /** Both ears are needed, whichever side is nearer. */
    @Override
    public List<Keypoint> missing(Body body) {
        return needs().stream().filter(k -> body.point(k) == null).toList();
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        if (body == null) {
            tracker.update(t, null, null, null, f.events);
        } else {
            tracker.update(t, body.point(Keypoint.NOSE), body.point(Keypoint.LEFT_EAR),
                    body.point(Keypoint.RIGHT_EAR), f.events);
        }
        if (!Double.isNaN(tracker.yaw())) {
            f.measurements.add(new Measurement("head-yaw", tracker.yaw(), "ratio", Keypoint.NOSE));
        }
        if (tracker.shouldAskLeft()) {
            f.cue(ExerciseEvaluator.CUE_TURN_LEFT, spec.cueLeft(), Severity.INFO, List.of(Keypoint.NOSE));
        }
        if (tracker.shouldAskRight()) {
            f.cue(ExerciseEvaluator.CUE_TURN_RIGHT, spec.cueRight(), Severity.INFO, List.of(Keypoint.NOSE));
        }
    }

    public TrackerState state() {
        return tracker.state();
    }
}
