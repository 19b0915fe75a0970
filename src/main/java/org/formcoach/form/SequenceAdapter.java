package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.Severity;

/** Runs a {@link SequenceTracker} in the frame loop and cues the position asked for when one is out of order. */
final class SequenceAdapter extends PairTracker {

    private final TrackerSpec.Sequence spec;
    private final SequenceTracker sequence;

    SequenceAdapter(TrackerSpec.Sequence spec, SequenceTracker sequence) {
        super(spec.point(), spec.reference());
        this.spec = spec;
        this.sequence = sequence;
    }

    void update(long t, PosePoint p, PosePoint ref, int sign, ExerciseEvaluator.FrameWork f) {
        sequence.update(t, p, ref, sign, f.events);
        TrackerSpec.SequencePosition wanted = sequence.outOfOrder();
        if (wanted != null) {
            f.cue(ExerciseEvaluator.CUE_ORDER, wanted.cue(), Severity.WARNING, List.of(spec.point()));
        }
    }

    public TrackerState state() {
        return sequence.state();
    }
}
