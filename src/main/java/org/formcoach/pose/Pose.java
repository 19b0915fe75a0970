package org.formcoach.pose;

import java.util.List;
import java.util.Objects;

/**
 * A single person's pose in one image: the 17 keypoints in source-image pixels, the image size and
 * the crop the model looked at.
 */
public record Pose(List<PosePoint> points, int imageWidth, int imageHeight, Crop crop) {

    public Pose {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (points.size() != Keypoint.COUNT) {
            throw new IllegalArgumentException("a pose has " + Keypoint.COUNT + " keypoints, got " + points.size());
        }
        Objects.requireNonNull(crop, "crop");
    }

    public PosePoint point(Keypoint keypoint) {
        return points.get(keypoint.ordinal());
    }

    public boolean isVisible(Keypoint keypoint, double minScore) {
        return point(keypoint).score() >= minScore;
    }

    /** Mean score over all keypoints: a rough "is there a person" signal. */
    public double meanScore() {
        return points.stream().mapToDouble(PosePoint::score).average().orElse(0);
    }
}
