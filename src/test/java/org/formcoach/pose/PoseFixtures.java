package org.formcoach.pose;

import java.util.Collections;

/** Small hand-made poses for tests of pose-level plumbing. */
final class PoseFixtures {

    private PoseFixtures() {
    }

    /** All 17 keypoints at one place with one score, in a 640x480 image. */
    static Pose uniform(double x, double y, double score) {
        return new Pose(Collections.nCopies(Keypoint.COUNT, new PosePoint(x, y, score)), 640, 480,
                Crop.wholeImage(640, 480));
    }
}
