package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.formcoach.pose.Keypoint;
import org.junit.jupiter.api.Test;

class ViewDetectorTest {

    private final ViewDetector detector = new ViewDetector(0.3);

    @Test
    void standingViews() {
        for (View v : new View[] {View.FRONT, View.LEFT_SIDE, View.RIGHT_SIDE}) {
            assertEquals(v, detector.detect(Skeleton.standing(v).pose()), v.name());
        }
    }

    @Test
    void pushupSideViewsPickTheSideFacingTheCamera() {
        assertEquals(View.LEFT_SIDE, detector.detect(Skeleton.pushup(View.LEFT_SIDE, 75).pose()));
        assertEquals(View.RIGHT_SIDE, detector.detect(Skeleton.pushup(View.RIGHT_SIDE, 25).pose()));
    }

    @Test
    void deskViewsWithoutHips() {
        Keypoint[] hidden = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE,
            Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};
        assertEquals(View.FRONT, detector.detect(Skeleton.standing(View.FRONT).withDropped(hidden).pose()));
        assertEquals(View.RIGHT_SIDE, detector.detect(Skeleton.standing(View.RIGHT_SIDE).withDropped(hidden).pose()));
    }

    @Test
    void nothingToSeeIsUnknown() {
        assertEquals(View.UNKNOWN, detector.detect(null));
        assertEquals(View.UNKNOWN, detector.detect(Skeleton.standing(View.FRONT)
                .withDropped(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER).pose()));
    }

    @Test
    void forwardSignMatchesTheFacingDirection() {
        // facing the image's left in a left-side view: the nose is left of the ears
        var pose = Skeleton.standing(View.LEFT_SIDE).pose();
        assertEquals(-1, Integer.signum((int) Math.signum(pose.point(Keypoint.NOSE).x() - pose.point(Keypoint.LEFT_EAR).x())));
        assertEquals(-1, View.LEFT_SIDE.forwardSign());
    }
}
