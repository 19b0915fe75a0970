package org.formcoach.form;

import org.formcoach.body.Geometry;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/**
 * Tells front, three-quarter and side views apart by how wide the shoulders look against a body
 * length that the view does not shorten: the torso of an upright person, the arm of a person in a
 * push-up (whose torso points at a camera in front), the longer of the two over the last seconds
 * (arms bend); or, when the hips are out of view as at a desk, the head–shoulder distance. It picks
 * the side facing the camera by keypoint confidence (the far side is partly hidden, so the model is
 * usually less sure of it) and, when that is not clear, by the way the face points against the
 * body's axis.
 *
 * <p>It remembers the last view and keeps it while the evidence is near a threshold (±20 % on the
 * width ratio, a tie on the confidences), so a person standing at an angle does not make the view
 * flip from frame to frame. Use one detector per video.
 */
public final class ViewDetector {

    /**
     * Shoulder width / body length: a person square to the camera shows ~0.7–0.9, turned 45° ~0.5,
     * side-on below ~0.3.
     */
    static final double FRONT_MIN_TORSO_RATIO = 0.62;
    static final double THREE_QUARTER_MIN_TORSO_RATIO = 0.3;
    /** Shoulder width / nose-to-shoulders distance when the hips are hidden: front ~1.5, side ~0.2. */
    static final double FRONT_MIN_HEAD_RATIO = 0.9;
    static final double THREE_QUARTER_MIN_HEAD_RATIO = 0.45;

    private static final Keypoint[] LEFT_CHAIN = {Keypoint.LEFT_EAR, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW,
        Keypoint.LEFT_WRIST, Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE};

    /** The whole arm (shoulder to wrist) stands in for the torso at this ratio: about 50 cm to 56 cm. */
    static final double ARM_TO_TORSO = 0.9;
    /** The body length is the longest seen over this many frames (about 3 s of video). */
    static final int LENGTH_FRAMES = 90;

    /** Keep the last view while the width ratio is within this fraction of a threshold. */
    static final double RATIO_HYSTERESIS = 0.2;
    /**
     * Confidence difference (summed over the side's chain, averaged over recent frames) that decides
     * the near side; within it the last near side is kept.
     */
    static final double SIDE_SCORE_MARGIN = 0.3;
    /**
     * Weight of a new frame in the running balance of left against right confidence: about the last
     * five frames count, so one frame where the model trusts the far arm does not flip the side.
     */
    static final double SIDE_BALANCE_WEIGHT = 0.2;

    private final double minScore;
    private View last = View.UNKNOWN;
    private double sideBalance = Double.NaN;
    private final java.util.ArrayDeque<Double> lengths = new java.util.ArrayDeque<>();

    public ViewDetector(double minScore) {
        this.minScore = minScore;
    }

    /**
     * A new view must be seen on this many frames in a row before it replaces the current one: a
     * frame or two read at an odd angle (an arm across the body, a shoulder at the picture's edge)
     * does not switch the side read or the neutral compared with.
     */
    static final int FRAMES_TO_SWITCH = 5;

    private View pending = View.UNKNOWN;
    private int pendingFrames;

    public View detect(Pose pose) {
        View v = classify(pose);
        if (v == View.UNKNOWN) {
            return v;
        }
        if (last == View.UNKNOWN || v == last) {
            last = v;
            pendingFrames = 0;
            return v;
        }
        pendingFrames = v == pending ? pendingFrames + 1 : 1;
        pending = v;
        if (pendingFrames >= FRAMES_TO_SWITCH) {
            last = v;
            pendingFrames = 0;
        }
        return last;
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
        if (ls == null || rs == null) {
            // one shoulder unseen: hidden behind the body (side-on), unless the face is square to the
            // camera, when the shoulder is only at the edge of the picture (a webcam close to the face)
            return facesTheCamera(pose) ? View.FRONT : nearSide(pose, true);
        }
        PosePoint shoulders = Geometry.midpoint(ls, rs);
        double width = Geometry.distance(ls, rs);
        PosePoint hips = midpointOfVisible(pose, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
        PosePoint nose = visible(pose, Keypoint.NOSE);
        double ratio;
        double front;
        double threeQuarter;
        if (hips != null) {
            ratio = width / bodyLength(Math.max(Geometry.distance(shoulders, hips), ARM_TO_TORSO * armLength(pose)));
            front = FRONT_MIN_TORSO_RATIO;
            threeQuarter = THREE_QUARTER_MIN_TORSO_RATIO;
        } else if (nose != null) {
            ratio = width / Math.max(1e-6, Geometry.distance(shoulders, nose));
            front = FRONT_MIN_HEAD_RATIO;
            threeQuarter = THREE_QUARTER_MIN_HEAD_RATIO;
        } else {
            return View.UNKNOWN;
        }
        // near a threshold, stay with the last view: each threshold moves away from the side last seen
        double frontFactor = last == View.FRONT ? 1 - RATIO_HYSTERESIS : last.hasNearSide() ? 1 + RATIO_HYSTERESIS : 1;
        double sideFactor = last.isSide() ? 1 + RATIO_HYSTERESIS : last.isThreeQuarter() ? 1 - RATIO_HYSTERESIS : 1;
        if (ratio >= front * frontFactor) {
            return View.FRONT;
        }
        return nearSide(pose, ratio < threeQuarter * sideFactor);
    }

    /**
     * Nose half-way between two visible ears: the face is square to the camera (within about 25°;
     * the nose's offset is about 0.67·tan(turn) of the ear distance).
     */
    static final double FRONTAL_FACE_OFFSET = 0.3;

    private boolean facesTheCamera(Pose pose) {
        PosePoint nose = visible(pose, Keypoint.NOSE);
        PosePoint le = visible(pose, Keypoint.LEFT_EAR);
        PosePoint re = visible(pose, Keypoint.RIGHT_EAR);
        if (nose == null || le == null || re == null) {
            return false;
        }
        double ears = Math.abs(le.x() - re.x());
        return ears > 1 && Math.abs(nose.x() - (le.x() + re.x()) / 2) / ears < FRONTAL_FACE_OFFSET;
    }

    /** The longest of this frame's length and those of the last frames. */
    private double bodyLength(double now) {
        lengths.addLast(now);
        if (lengths.size() > LENGTH_FRAMES) {
            lengths.removeFirst();
        }
        return Math.max(1e-6, lengths.stream().mapToDouble(Double::doubleValue).max().orElse(now));
    }

    /** The longer visible arm, shoulder to elbow to wrist; 0 when no arm is seen whole. */
    private double armLength(Pose pose) {
        double longest = 0;
        for (Keypoint[] arm : new Keypoint[][] {{Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST},
            {Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST}}) {
            PosePoint s = visible(pose, arm[0]);
            PosePoint e = visible(pose, arm[1]);
            PosePoint w = visible(pose, arm[2]);
            if (s != null && e != null && w != null) {
                longest = Math.max(longest, Geometry.distance(s, e) + Geometry.distance(e, w));
            }
        }
        return longest;
    }

    /**
     * The side facing the camera: higher total confidence; while the confidences are close, the way
     * the face points against the body's axis; else the side last seen.
     */
    private View nearSide(Pose pose, boolean sideOn) {
        boolean left = leftIsNear(pose);
        if (sideOn) {
            return left ? View.LEFT_SIDE : View.RIGHT_SIDE;
        }
        return left ? View.LEFT_THREE_QUARTER : View.RIGHT_THREE_QUARTER;
    }

    private boolean leftIsNear(Pose pose) {
        double left = 0;
        double right = 0;
        for (Keypoint k : LEFT_CHAIN) {
            left += pose.point(k).score();
            right += pose.point(k.mirror()).score();
        }
        sideBalance = Double.isNaN(sideBalance) ? left - right
                : sideBalance + SIDE_BALANCE_WEIGHT * (left - right - sideBalance);
        if (Math.abs(sideBalance) > SIDE_SCORE_MARGIN) {
            return sideBalance > 0;
        }
        int byFace = nearSideByFace(pose);
        if (byFace != 0) {
            return byFace < 0;
        }
        if (last.hasNearSide()) {
            return !last.rightIsNear();
        }
        return left >= right;
    }

    /**
     * Below this |sin| of the angle between the face's direction and the body's axis the face says
     * nothing about the near side (a face turned to the camera, a nose on the ears' line).
     */
    static final double FACE_AXIS_MIN_SIN = 0.5;

    /**
     * The near side from the face: -1 left, +1 right, 0 when it cannot tell. A person's right is
     * their forward direction crossed with their up (head-ward) direction, so with the face pointing
     * along nose − ears and the body's axis along hips → shoulders (straight up when the hips are
     * out of view), the sign of that cross product, toward or away from the camera, says which side
     * the camera sees: standing facing the picture's left, the left side; in a push-up with the head
     * to the picture's right and the face to the floor, the right side; lying on the back the same
     * way, the left. Why not only the confidences: in a side-on push-up MoveNet is often as sure of
     * the far leg as of the near one, and the sums tie.
     */
    private int nearSideByFace(Pose pose) {
        PosePoint nose = visible(pose, Keypoint.NOSE);
        PosePoint ears = midpointOfVisible(pose, Keypoint.LEFT_EAR, Keypoint.RIGHT_EAR);
        PosePoint shoulders = midpointOfVisible(pose, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
        if (nose == null || ears == null || shoulders == null || facesTheCamera(pose)) {
            return 0;  // a face turned to the camera points nowhere in the picture
        }
        PosePoint hips = midpointOfVisible(pose, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
        double faceX = nose.x() - ears.x();
        double faceY = nose.y() - ears.y();
        double upX = hips == null ? 0 : shoulders.x() - hips.x();
        double upY = hips == null ? -1 : shoulders.y() - hips.y();
        // the picture's y points down: in the world's axes (y up) the cross product's z component
        // (toward the camera) is -faceX * upY + faceY * upX
        double towardCamera = -faceX * upY + faceY * upX;
        double norms = Math.hypot(faceX, faceY) * Math.hypot(upX, upY);
        if (norms < 1e-9 || Math.abs(towardCamera) / norms < FACE_AXIS_MIN_SIN) {
            return 0;
        }
        return towardCamera > 0 ? 1 : -1;
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
