package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.Side;

/** A pose seen from a known view, with the score gate applied: hidden keypoints read as null. */
public record Body(Pose pose, View view, double minScore) {

    /** The keypoint, or null when its score is below the gate. */
    public PosePoint point(Keypoint k) {
        PosePoint p = pose.point(k);
        return p.score() >= minScore ? p : null;
    }

    /**
     * The keypoints a rule means. {@link Side#NEAR} rules are written for the left side: mirrored to
     * the right in a right-side view, and in a front view to whichever side the model sees better.
     */
    public List<Keypoint> resolve(List<Keypoint> points, Side side) {
        if (side == Side.AS_WRITTEN) {
            return points;
        }
        List<Keypoint> mirrored = points.stream().map(Keypoint::mirror).toList();
        return switch (view) {
            case RIGHT_SIDE -> mirrored;
            case FRONT -> meanScore(mirrored) > meanScore(points) ? mirrored : points;
            default -> points;
        };
    }

    private double meanScore(List<Keypoint> points) {
        return points.stream().mapToDouble(k -> pose.point(k).score()).average().orElse(0);
    }
}
