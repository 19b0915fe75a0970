package org.formcoach.form;

import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;

/**
 * Times a hold: form kept (no error-level fault) runs the {@link HoldTimer}. The hold is done
 * ({@code HOLD_DONE}) at its target; with a range the set ends ({@code SET_DONE}) at the upper end or
 * when the person leaves the position after the target.
 */
final class HoldTracker implements ExerciseEvaluator.Tracker {

    private final HoldTimer timer;
    private boolean credited;
    private boolean setDone;

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
            case CREDITED -> FormEvent.Type.HOLD_DONE;
            case DONE -> credited ? null : FormEvent.Type.HOLD_DONE;
            case NONE -> null;
        };
        if (type != null) {
            f.events.add(new FormEvent(type, t, "", 0));
        }
        credited |= type == FormEvent.Type.HOLD_DONE;
        if (timer.done() && !setDone) {
            setDone = true;
            f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", 0));
        }
    }

    public TrackerState state() {
        return new TrackerState.Hold(timer.heldSeconds(), timer.targetSeconds(), timer.maxSeconds(), timer.started(),
                timer.paused(), timer.done());
    }
}
