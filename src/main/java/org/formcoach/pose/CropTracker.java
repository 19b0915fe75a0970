package org.formcoach.pose;

import static org.formcoach.pose.Keypoint.LEFT_HIP;
import static org.formcoach.pose.Keypoint.LEFT_SHOULDER;
import static org.formcoach.pose.Keypoint.RIGHT_HIP;
import static org.formcoach.pose.Keypoint.RIGHT_SHOULDER;

/**
 * MoveNet's recommended crop tracking for video: the next frame is cropped around the person found
 * in this one, so someone who fills a small part of the picture is seen at the model's full
 * resolution. With nobody (or no torso) found, the next frame is searched whole.
 *
 * <p>Following one person this way is also how FormCoach copes with several people in view: the
 * first whole-image search finds the person MoveNet ranks first (near the centre and large), and
 * from then on the crop stays on that person.
 */
public final class CropTracker {

    /** Keypoints below this score do not shape the crop (MoveNet's reference value). */
    static final double MIN_CROP_KEYPOINT_SCORE = 0.2;
    /** Crop half-size as multiples of the torso and body extents (MoveNet's reference values). */
    static final double TORSO_EXPANSION = 1.9;
    static final double BODY_EXPANSION = 1.2;

    private Crop next;

    /** The crop to use for a frame of this size. */
    public Crop nextCrop(int imageWidth, int imageHeight) {
        return next == null ? Crop.wholeImage(imageWidth, imageHeight) : next;
    }

    /** Learns from the pose found in the latest frame (null: nobody found). */
    public void update(Pose pose) {
        next = pose == null ? null : cropAround(pose);
    }

    public void reset() {
        next = null;
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
