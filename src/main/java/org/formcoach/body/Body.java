package org.formcoach.body;

import java.util.List;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/** A pose seen from a known view, with the score gate applied: hidden keypoints read as null. */
public record Body(Pose pose, View view, double minScore) {

    /** The keypoint, or null when its score is below the gate. */
    public PosePoint point(Keypoint k) {
        PosePoint p = pose.point(k);
        return p.score() >= minScore ? p : null;
    }

    /** Whether every keypoint passes the score gate. */
    public boolean sees(List<Keypoint> points) {
        return points.stream().allMatch(k -> point(k) != null);
    }

    /**
     * Keypoints written for the left side, moved to the side nearer the camera: mirrored in a right
     * side or three-quarter view, and in a front view to whichever side the model sees better.
     */
    public List<Keypoint> near(List<Keypoint> leftSided) {
        List<Keypoint> mirrored = leftSided.stream().map(Keypoint::mirror).toList();
        return switch (view) {
            case RIGHT_SIDE, RIGHT_THREE_QUARTER -> mirrored;
            case FRONT -> meanScore(mirrored) > meanScore(leftSided) ? mirrored : leftSided;
            case LEFT_SIDE, LEFT_THREE_QUARTER, UNKNOWN -> leftSided;
        };
    }

    /** The same keypoints on the other side of the body (the far side in a side view). */
    public static List<Keypoint> mirrored(List<Keypoint> points) {
        return points.stream().map(Keypoint::mirror).toList();
    }

    public double meanScore(List<Keypoint> points) {
        return points.stream().mapToDouble(k -> pose.point(k).score()).average().orElse(0);
    }
}
