package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.Severity;

/** Runs a {@link CircleCounter} in the frame loop and cues the direction asked for after a wrong one. */
final class CirclesAdapter extends PairTracker {

    private final TrackerSpec.Circles spec;
    private final CircleCounter counter;

    CirclesAdapter(TrackerSpec.Circles spec, CircleCounter counter) {
        super(spec.point(), spec.reference());
        this.spec = spec;
        this.counter = counter;
    }

    void update(long t, PosePoint p, PosePoint ref, int sign, ExerciseEvaluator.FrameWork f) {
        counter.update(t, p, ref, sign, f.events);
        if (counter.wrongDirection()) {
            String text = counter.currentDirection() == TrackerSpec.CircleDirection.FORWARD ? spec.cueForward()
                    : spec.cueBackward();
            f.cue(ExerciseEvaluator.CUE_DIRECTION, text, Severity.WARNING, List.of(spec.point()));
        }
    }

    public TrackerState state() {
        return counter.state();
    }
}
