package org.formcoach.session;

import java.util.List;
import org.formcoach.form.RepResult;
import org.formcoach.pipeline.CoachFrame;

/**
 * Reps as the form engine judged them: each finished attempt arrives on its frame as a
 * {@link RepResult}, with its duration, depth and the faults cued while it lasted (form rules, the
 * tempo cue, a partial rep).
 */
final class EngineReps implements RepSource {

    @Override
    public List<RepRecord> onFrame(CoachFrame frame) {
        RepResult r = frame.form().rep();
        if (r == null) {
            return List.of();
        }
        // the depth is kept in degrees: a rep seen on the reach (shoulders to hands) has none
        Double degrees = "angle".equals(r.signal()) && !Double.isNaN(r.depth()) ? Math.round(r.depth() * 10) / 10.0
                : null;
        return List.of(new RepRecord(r.number(), Math.round(r.seconds() * 1000) / 1000.0, degrees, r.counted(),
                r.faults()));
    }
}
