package org.formcoach.pose;

import static org.formcoach.pose.Keypoint.*;

import java.util.List;

/** The body segments drawn between keypoints, shared by every overlay. */
public final class Skeleton {

    public record Segment(Keypoint from, Keypoint to) {
    }

    public static final List<Segment> SEGMENTS = List.of(
            new Segment(LEFT_EAR, LEFT_EYE), new Segment(LEFT_EYE, NOSE),
            new Segment(NOSE, RIGHT_EYE), new Segment(RIGHT_EYE, RIGHT_EAR),
            new Segment(LEFT_SHOULDER, RIGHT_SHOULDER),
            new Segment(LEFT_SHOULDER, LEFT_ELBOW), new Segment(LEFT_ELBOW, LEFT_WRIST),
            new Segment(RIGHT_SHOULDER, RIGHT_ELBOW), new Segment(RIGHT_ELBOW, RIGHT_WRIST),
            new Segment(LEFT_SHOULDER, LEFT_HIP), new Segment(RIGHT_SHOULDER, RIGHT_HIP),
            new Segment(LEFT_HIP, RIGHT_HIP),
            new Segment(LEFT_HIP, LEFT_KNEE), new Segment(LEFT_KNEE, LEFT_ANKLE),
            new Segment(RIGHT_HIP, RIGHT_KNEE), new Segment(RIGHT_KNEE, RIGHT_ANKLE));

    /** Keypoints below this score are drawn faded or not at all and ignored by the rules. */
    public static final double DEFAULT_MIN_SCORE = 0.3;

    private Skeleton() {
    }
}
