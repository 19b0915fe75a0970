package org.formcoach.form;

import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;

/** A tracker that follows one keypoint against a reference, on the side nearer the camera. */
abstract class PairTracker implements ExerciseEvaluator.Tracker {

    private final List<Keypoint> pair;

    PairTracker(Keypoint point, Keypoint reference) {
        this.pair = List.of(point, reference);
    }

    public List<Keypoint> needs() {
        return pair;
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        if (body == null) {
            update(t, null, null, 0, f);
            return;
        }
        List<Keypoint> k = body.near(pair);
        update(t, body.point(k.get(0)), body.point(k.get(1)), body.view().forwardSign(), f);
    }

    /** {@code point}/{@code ref} are null when not visible; {@code forwardSign} is 0 in a front view. */
    abstract void update(long t, PosePoint point, PosePoint ref, int forwardSign, ExerciseEvaluator.FrameWork f);
}
