package org.formcoach.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;

/**
 * The head-rotation safety check (front view): the head must turn both ways within the check's
 * duration. Yaw proxy: the nose's horizontal offset from the midpoint of the ears, over the ear
 * distance (≈ 0.67·tan(yaw) for a typical head), relative to the person's own straight-ahead: the
 * median of every value so far, since the head faces the camera most of the time, kept within
 * {@link #MAX_OFFSET} of zero (a face square to the camera reads about zero; a median beyond that
 * was taken while the head was turned, e.g. by a person who starts the check already turned). A
 * positive offset (nose toward the image's right) is a turn to the person's own left.
 */
public final class HeadRotationTracker {

    /**
     * A turn is held this long (a real look over the shoulder lasts half a second or more; a frame
     * or two of keypoint jitter, or a head tilt read as a turn, does not).
     */
    static final double HOLD_SECONDS = 0.2;

    /** A person's straight-ahead reads within this of zero (face asymmetry, keypoint placement). */
    static final double MAX_OFFSET = 0.15;

    private final TrackerSpec.HeadRotation spec;
    private final double durationSeconds;
    private long firstT = -1;
    private long lastT;
    private double elapsed;
    /** Every yaw value so far, sorted: their median is straight ahead. */
    private final List<Double> seen = new ArrayList<>();
    private double yaw = Double.NaN;
    private boolean left;
    private boolean right;
    /** Since when the head has been turned past the limit each way, or -1. */
    private long leftSince = -1;
    private long rightSince = -1;
    private boolean done;

    public HeadRotationTracker(TrackerSpec.HeadRotation spec, double durationSeconds) {
        this.spec = spec;
        this.durationSeconds = durationSeconds;
    }

    public void update(long t, PosePoint nose, PosePoint leftEar, PosePoint rightEar, List<FormEvent> out) {
        if (done) {
            return;
        }
        yaw = Double.NaN;
        if (nose == null || leftEar == null || rightEar == null) {
            lastT = t;
            return;
        }
        double earDistance = Math.abs(rightEar.x() - leftEar.x());
        if (earDistance < 1) {
            lastT = t;
            return;
        }
        double raw = (nose.x() - (leftEar.x() + rightEar.x()) / 2) / earDistance;
        if (firstT < 0) {
            firstT = t;
        } else {
            elapsed += (t - lastT) / 1e9;
        }
        lastT = t;
        int at = Collections.binarySearch(seen, raw);
        seen.add(at < 0 ? -at - 1 : at, raw);
        double straight = Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, seen.get(seen.size() / 2)));
        yaw = raw - straight;
        leftSince = yaw >= spec.minTurn() ? (leftSince < 0 ? t : leftSince) : -1;
        rightSince = yaw <= -spec.minTurn() ? (rightSince < 0 ? t : rightSince) : -1;
        if (!left && leftSince >= 0 && (t - leftSince) / 1e9 >= HOLD_SECONDS) {
            left = true;
            out.add(new FormEvent(FormEvent.Type.TURN_REACHED, t, "left", 1));
        }
        if (!right && rightSince >= 0 && (t - rightSince) / 1e9 >= HOLD_SECONDS) {
            right = true;
            out.add(new FormEvent(FormEvent.Type.TURN_REACHED, t, "right", 1));
        }
        if (left && right && elapsed >= durationSeconds) {
            done = true;
            out.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", 2));
        }
    }

    /** The current yaw proxy (positive = toward the person's left), NaN when not measurable yet. */
    public double yaw() {
        return yaw;
    }

    /** Past half the check, a direction not turned yet is asked for. */
    public boolean shouldAskLeft() {
        return !done && !left && elapsed >= durationSeconds / 2;
    }

    public boolean shouldAskRight() {
        return !done && !right && elapsed >= durationSeconds / 2;
    }

    public TrackerState.Rotation state() {
        return new TrackerState.Rotation(left, right, elapsed, durationSeconds, done);
    }
}
