package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
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

    /** A pose with shoulders {@code width} apart, 100 px above the hips; all keypoints equally sure. */
    private static Pose torso(double width) {
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            double x = k == Keypoint.LEFT_SHOULDER ? 200 + width / 2 : k == Keypoint.RIGHT_SHOULDER ? 200 - width / 2 : 200;
            double y = k.id().endsWith("shoulder") ? 100 : k.id().endsWith("hip") ? 200 : k == Keypoint.NOSE ? 60 : 150;
            points.add(new PosePoint(x, y, 0.9));
        }
        return new Pose(points, 400, 400, Crop.wholeImage(400, 400));
    }

    @Test
    void aViewNearTheThresholdDoesNotFlicker() {
        // 42 px / 100 px is just under the 0.45 front threshold
        assertEquals(View.LEFT_SIDE, new ViewDetector(0.3).detect(torso(42)));
        ViewDetector seenFromTheFront = new ViewDetector(0.3);
        assertEquals(View.FRONT, seenFromTheFront.detect(torso(80)));
        assertEquals(View.FRONT, seenFromTheFront.detect(torso(42)), "kept: within 20 % of the threshold");
        assertEquals(View.LEFT_SIDE, seenFromTheFront.detect(torso(30)));
        assertEquals(View.LEFT_SIDE, seenFromTheFront.detect(torso(50)), "kept the other way too");
        assertEquals(View.FRONT, seenFromTheFront.detect(torso(60)));
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
