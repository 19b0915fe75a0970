package org.formcoach.form;

import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/**
 * Tells front from side views by how wide the shoulders look against the torso (or, when the hips
 * are out of view as at a desk, against the head–shoulder distance), and picks the side facing the
 * camera by keypoint confidence: the far side is partly hidden, so the model is less sure of it.
 *
 * <p>It remembers the last view and keeps it while the evidence is near a threshold (±20 % on the
 * width ratio, a tie on the confidences), so a person standing at an angle does not make the view
 * flip from frame to frame. Use one detector per video.
 */
public final class ViewDetector {

    /** Shoulder width / torso length: a front view shows ~0.7–0.9, a side view below ~0.3. */
    static final double FRONT_MIN_TORSO_RATIO = 0.45;
    /** Shoulder width / nose-to-shoulders distance when the hips are hidden: front ~1.5, side ~0.2. */
    static final double FRONT_MIN_HEAD_RATIO = 0.7;

    private static final Keypoint[] LEFT_CHAIN = {Keypoint.LEFT_EAR, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW,
        Keypoint.LEFT_WRIST, Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE};

    /** Keep the last view while the width ratio is within this fraction of the threshold. */
    static final double RATIO_HYSTERESIS = 0.2;
    /** Confidence difference (summed over the side's chain) that decides the near side. */
    static final double SIDE_SCORE_MARGIN = 0.3;

    private final double minScore;
    private View last = View.UNKNOWN;

    public ViewDetector(double minScore) {
        this.minScore = minScore;
    }

    public View detect(Pose pose) {
        View v = classify(pose);
        if (v != View.UNKNOWN) {
            last = v;
        }
        return v;
    }

    private View classify(Pose pose) {
        if (pose == null) {
            return View.UNKNOWN;
        }
        PosePoint ls = visible(pose, Keypoint.LEFT_SHOULDER);
        PosePoint rs = visible(pose, Keypoint.RIGHT_SHOULDER);
        if (ls == null && rs == null) {
            return View.UNKNOWN;
        }
        if (ls != null && rs != null) {
            PosePoint shoulders = Geometry.midpoint(ls, rs);
            double width = Geometry.distance(ls, rs);
            PosePoint hips = midpointOfVisible(pose, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
            PosePoint nose = visible(pose, Keypoint.NOSE);
            double ratio;
            double threshold;
            if (hips != null) {
                ratio = width / Math.max(1e-6, Geometry.distance(shoulders, hips));
                threshold = FRONT_MIN_TORSO_RATIO;
            } else if (nose != null) {
                ratio = width / Math.max(1e-6, Geometry.distance(shoulders, nose));
                threshold = FRONT_MIN_HEAD_RATIO;
            } else {
                return View.UNKNOWN;
            }
            // near the threshold, stay with the last view
            double factor = last == View.FRONT ? 1 - RATIO_HYSTERESIS : last.isSide() ? 1 + RATIO_HYSTERESIS : 1;
            if (ratio >= threshold * factor) {
                return View.FRONT;
            }
        }
        return nearSide(pose);
    }

    /** The side facing the camera: higher total confidence, or where the nose points when that ties. */
    private View nearSide(Pose pose) {
        double left = 0;
        double right = 0;
        for (Keypoint k : LEFT_CHAIN) {
            left += pose.point(k).score();
            right += pose.point(k.mirror()).score();
        }
        if (Math.abs(left - right) > SIDE_SCORE_MARGIN) {
            return left > right ? View.LEFT_SIDE : View.RIGHT_SIDE;
        }
        if (last.isSide()) {
            return last;
        }
        PosePoint nose = visible(pose, Keypoint.NOSE);
        PosePoint ear = midpointOfVisible(pose, Keypoint.LEFT_EAR, Keypoint.RIGHT_EAR);
        if (nose == null || ear == null || nose.x() == ear.x()) {
            return left >= right ? View.LEFT_SIDE : View.RIGHT_SIDE;
        }
        // facing the image's left means the left side is toward the camera
        return nose.x() < ear.x() ? View.LEFT_SIDE : View.RIGHT_SIDE;
    }

    private PosePoint visible(Pose pose, Keypoint k) {
        PosePoint p = pose.point(k);
        return p.score() >= minScore ? p : null;
    }

    private PosePoint midpointOfVisible(Pose pose, Keypoint a, Keypoint b) {
        PosePoint pa = visible(pose, a);
        PosePoint pb = visible(pose, b);
        if (pa != null && pb != null) {
            return Geometry.midpoint(pa, pb);
        }
        return pa != null ? pa : pb;
    }
}
