package org.formcoach.pose;

/**
 * The 17 COCO keypoints in the order MoveNet emits them. "Left" and "right" are the person's own
 * sides, not the image's.
 */
public enum Keypoint {
    NOSE("nose"),
    LEFT_EYE("left_eye"),
    RIGHT_EYE("right_eye"),
    LEFT_EAR("left_ear"),
    RIGHT_EAR("right_ear"),
    LEFT_SHOULDER("left_shoulder"),
    RIGHT_SHOULDER("right_shoulder"),
    LEFT_ELBOW("left_elbow"),
    RIGHT_ELBOW("right_elbow"),
    LEFT_WRIST("left_wrist"),
    RIGHT_WRIST("right_wrist"),
    LEFT_HIP("left_hip"),
    RIGHT_HIP("right_hip"),
    LEFT_KNEE("left_knee"),
    RIGHT_KNEE("right_knee"),
    LEFT_ANKLE("left_ankle"),
    RIGHT_ANKLE("right_ankle");

    public static final int COUNT = 17;

    private final String id;

    Keypoint(String id) {
        this.id = id;
    }

    /** Stable snake_case name used in JSON, YAML and the database. */
    public String id() {
        return id;
    }

    public boolean isLeft() {
        return id.startsWith("left_");
    }

    public boolean isRight() {
        return id.startsWith("right_");
    }

    /** The same joint on the other side of the body; the nose is its own mirror. */
    public Keypoint mirror() {
        if (isLeft()) {
            return valueOf(name().replace("LEFT_", "RIGHT_"));
        }
        if (isRight()) {
            return valueOf(name().replace("RIGHT_", "LEFT_"));
        }
        return this;
    }

    /** Looks a keypoint up by its {@link #id()}; throws with the list of valid names otherwise. */
    public static Keypoint fromId(String id) {
        for (Keypoint k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown keypoint '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(Keypoint::id).toList() + ")");
    }
}
