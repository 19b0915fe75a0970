package org.formcoach.routine;

import java.util.Arrays;
import java.util.List;

/** The form checks an exercise file can declare under {@code rules:}. */
public enum RuleKind {
    /** Interior angle at the middle of three keypoints, in degrees (0..180). */
    ANGLE("angle", 3),
    /**
     * Three or more keypoints that should lie on one line: signed deviation in degrees of the worst
     * inner point, positive when it sags toward the floor, negative when it pikes away from it.
     */
    ALIGNMENT("alignment", -3),
    /** Offset of one keypoint from another along the body's forward or up axis, in body-scale units. */
    OFFSET("offset", 2),
    /** Tilt of the line between two keypoints from the horizontal, in degrees (symmetry). */
    TILT("tilt", 2),
    /** Angle of the segment from the first to the second keypoint above the forward horizontal. */
    SEGMENT_ANGLE("segment-angle", 2);

    private final String id;
    /** Exact number of keypoints, or minus the minimum when the count is open. */
    private final int points;

    RuleKind(String id, int points) {
        this.id = id;
        this.points = points;
    }

    public String id() {
        return id;
    }

    public boolean acceptsPointCount(int n) {
        return points > 0 ? n == points : n >= -points;
    }

    public String pointCountText() {
        return points > 0 ? "exactly " + points : "at least " + (-points);
    }

    public static RuleKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElse(null);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleKind::id).toList();
    }
}
