package org.formcoach.rule;

/** Which body side a rule's keypoints refer to. */
public enum Side {
    /**
     * Rules are written with {@code left_*} keypoints; they are mirrored to the side facing the camera
     * in a side view, and to the better-seen side in a front view.
     */
    NEAR,
    /** The keypoints are used exactly as written (e.g. both shoulders for a tilt). */
    AS_WRITTEN
}
