package org.formcoach.form;

import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;

/** Times a hold: form kept (no error-level fault) runs the {@link HoldTimer}. */
final class HoldTracker implements ExerciseEvaluator.Tracker {

    private final HoldTimer timer;

    HoldTracker(HoldTimer timer) {
        this.timer = timer;
    }

    public List<Keypoint> needs() {
        return List.of();
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        FormEvent.Type type = switch (timer.update(t, formKept)) {
            case STARTED -> FormEvent.Type.HOLD_STARTED;
            case PAUSED -> FormEvent.Type.HOLD_PAUSED;
            case RESUMED -> FormEvent.Type.HOLD_RESUMED;
            case DONE -> FormEvent.Type.HOLD_DONE;
            case NONE -> null;
        };
        if (type != null) {
            f.events.add(new FormEvent(type, t, "", 0));
        }
        if (type == FormEvent.Type.HOLD_DONE) {
            f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", 0));
        }
    }

    public TrackerState state() {
        return new TrackerState.Hold(timer.heldSeconds(), timer.targetSeconds(), timer.started(), timer.paused(),
                timer.done());
    }
}
