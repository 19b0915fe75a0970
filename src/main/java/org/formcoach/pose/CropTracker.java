package org.formcoach.pose;

import static org.formcoach.pose.Keypoint.LEFT_HIP;
import static org.formcoach.pose.Keypoint.LEFT_SHOULDER;
import static org.formcoach.pose.Keypoint.RIGHT_HIP;
import static org.formcoach.pose.Keypoint.RIGHT_SHOULDER;

/**
 * MoveNet's recommended crop tracking for video: the next frame is cropped around the person found
 * in this one, so someone who fills a small part of the picture is seen at the model's full
 * resolution. {@link PersonTracker} uses it to follow the person it coaches.
 */
final class CropTracker {

    /** Keypoints below this score do not shape the crop (MoveNet's reference value). */
    static final double MIN_CROP_KEYPOINT_SCORE = 0.2;
    /** Crop half-size as multiples of the torso and body extents (MoveNet's reference values). */
    static final double TORSO_EXPANSION = 1.9;
    static final double BODY_EXPANSION = 1.2;

    private CropTracker() {
    }

    /** The square around {@code pose} for the next frame, or null to search the whole image. */
    static Crop cropAround(Pose pose) {
        boolean torsoVisible = (visible(pose, LEFT_HIP) || visible(pose, RIGHT_HIP))
                && (visible(pose, LEFT_SHOULDER) || visible(pose, RIGHT_SHOULDER));
        if (!torsoVisible) {
            return null;
        }
        double centreX = (pose.point(LEFT_HIP).x() + pose.point(RIGHT_HIP).x()) / 2;
        double centreY = (pose.point(LEFT_HIP).y() + pose.point(RIGHT_HIP).y()) / 2;
        double torso = 0;
        double body = 0;
        for (Keypoint k : new Keypoint[] {LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_HIP, RIGHT_HIP}) {
            torso = Math.max(torso, extent(pose.point(k), centreX, centreY));
        }
        for (Keypoint k : Keypoint.values()) {
            if (visible(pose, k)) {
                body = Math.max(body, extent(pose.point(k), centreX, centreY));
            }
        }
        double half = Math.max(torso * TORSO_EXPANSION, body * BODY_EXPANSION);
        double toFarthestEdge = Math.max(Math.max(centreX, pose.imageWidth() - centreX),
                Math.max(centreY, pose.imageHeight() - centreY));
        half = Math.min(half, toFarthestEdge);
        if (half > Math.max(pose.imageWidth(), pose.imageHeight()) / 2.0 || half < 8) {
            return null;
        }
        return new Crop(centreX - half, centreY - half, 2 * half);
    }

    private static double extent(PosePoint p, double centreX, double centreY) {
        return Math.max(Math.abs(p.x() - centreX), Math.abs(p.y() - centreY));
    }

    private static boolean visible(Pose pose, Keypoint k) {
        return pose.point(k).score() > MIN_CROP_KEYPOINT_SCORE;
    }
}
