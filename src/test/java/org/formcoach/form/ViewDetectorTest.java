package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.View;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.junit.jupiter.api.Test;

class ViewDetectorTest {

    @Test
    void standingViews() {
        for (View v : new View[] {View.FRONT, View.LEFT_SIDE, View.RIGHT_SIDE}) {
            assertEquals(v, new ViewDetector(0.3).detect(Skeleton.standing(v).pose()), v.name());
        }
    }

    @Test
    void pushupSideViewsPickTheSideFacingTheCamera() {
        assertEquals(View.LEFT_SIDE, new ViewDetector(0.3).detect(Skeleton.pushup(View.LEFT_SIDE, 75).pose()));
        assertEquals(View.RIGHT_SIDE, new ViewDetector(0.3).detect(Skeleton.pushup(View.RIGHT_SIDE, 25).pose()));
    }

    @Test
    void oneFrameWhereTheFarSideLooksSurerDoesNotFlipTheSide() {
        ViewDetector d = new ViewDetector(0.3);
        Pose left = Skeleton.pushup(View.LEFT_SIDE, 75).pose();
        for (int i = 0; i < 10; i++) {
            assertEquals(View.LEFT_SIDE, d.detect(left));
        }
        assertEquals(View.LEFT_SIDE, d.detect(Skeleton.pushup(View.RIGHT_SIDE, 75).pose()), "one odd frame");
        View after = View.LEFT_SIDE;
        for (int i = 0; i < 20 && after == View.LEFT_SIDE; i++) {
            after = d.detect(Skeleton.pushup(View.RIGHT_SIDE, 75).pose());
        }
        assertEquals(View.RIGHT_SIDE, after, "a lasting change is followed");
    }

    @Test
    void deskViewsWithoutHips() {
        Keypoint[] hidden = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE,
            Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};
        assertEquals(View.FRONT, new ViewDetector(0.3).detect(Skeleton.standing(View.FRONT).withDropped(hidden).pose()));
        assertEquals(View.RIGHT_SIDE,
                new ViewDetector(0.3).detect(Skeleton.standing(View.RIGHT_SIDE).withDropped(hidden).pose()));
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

    /** The view after {@code frames} frames of the same pose: long enough for any change to take. */
    private static View settle(ViewDetector d, Pose pose) {
        View v = View.UNKNOWN;
        for (int i = 0; i < ViewDetector.FRAMES_TO_SWITCH; i++) {
            v = d.detect(pose);
        }
        return v;
    }

    @Test
    void aViewNearTheThresholdDoesNotFlicker() {
        // 58 px / 100 px is just under the 0.62 front threshold: three-quarter
        assertEquals(View.LEFT_THREE_QUARTER, new ViewDetector(0.3).detect(torso(58)));
        ViewDetector seenFromTheFront = new ViewDetector(0.3);
        assertEquals(View.FRONT, settle(seenFromTheFront, torso(80)));
        assertEquals(View.FRONT, settle(seenFromTheFront, torso(55)), "kept: within 20 % of the threshold");
        assertEquals(View.LEFT_THREE_QUARTER, settle(seenFromTheFront, torso(45)));
        assertEquals(View.LEFT_THREE_QUARTER, settle(seenFromTheFront, torso(68)), "kept the other way too");
        assertEquals(View.FRONT, settle(seenFromTheFront, torso(80)));
        assertEquals(View.LEFT_SIDE, settle(seenFromTheFront, torso(20)));
        assertEquals(View.LEFT_SIDE, settle(seenFromTheFront, torso(33)), "side kept up to 20 % over 0.3");
        assertEquals(View.LEFT_THREE_QUARTER, settle(seenFromTheFront, torso(40)));
    }

    @Test
    void aFewOddFramesDoNotChangeTheView() {
        ViewDetector d = new ViewDetector(0.3);
        assertEquals(View.FRONT, settle(d, torso(80)));
        for (int i = 0; i < ViewDetector.FRAMES_TO_SWITCH - 1; i++) {
            assertEquals(View.FRONT, d.detect(torso(10)), "frame " + i);
        }
        assertEquals(View.FRONT, d.detect(torso(80)));
    }

    @Test
    void threeQuarterViewsOfAPushupPickTheNearSide() {
        assertEquals(View.LEFT_THREE_QUARTER,
                new ViewDetector(0.3).detect(Skeleton.standing(View.LEFT_THREE_QUARTER).pose()));
        ViewDetector other = new ViewDetector(0.3);
        assertEquals(View.RIGHT_THREE_QUARTER, other.detect(Skeleton.standing(View.RIGHT_THREE_QUARTER).pose()));
    }

    /**
     * A side-on plank drawn by hand, the head toward the picture's right, every keypoint as sure as
     * its mirror (as MoveNet often is of the legs side-on): the near side comes from the face.
     * {@code faceDown}: a push-up (nose below the ears); otherwise lying on the back, face up.
     */
    private static Pose plankHeadRight(boolean faceDown, boolean mirrored) {
        return plankHeadRight(faceDown, mirrored, false);
    }

    /** {@code faceToCamera}: the head turned to the lens, the nose half-way between the two ears. */
    private static Pose plankHeadRight(boolean faceDown, boolean mirrored, boolean faceToCamera) {
        double[][] xy = new double[Keypoint.COUNT][];
        xy[Keypoint.NOSE.ordinal()] = new double[] {345, faceDown ? 182 : 150};
        xy[Keypoint.LEFT_EYE.ordinal()] = new double[] {340, faceDown ? 174 : 156};
        xy[Keypoint.LEFT_EAR.ordinal()] = new double[] {330, 166};
        xy[Keypoint.LEFT_SHOULDER.ordinal()] = new double[] {300, 170};
        xy[Keypoint.LEFT_ELBOW.ordinal()] = new double[] {300, 215};
        xy[Keypoint.LEFT_WRIST.ordinal()] = new double[] {300, 260};
        xy[Keypoint.LEFT_HIP.ordinal()] = new double[] {180, 180};
        xy[Keypoint.LEFT_KNEE.ordinal()] = new double[] {120, 190};
        xy[Keypoint.LEFT_ANKLE.ordinal()] = new double[] {60, 200};
        if (faceToCamera) {
            xy[Keypoint.NOSE.ordinal()] = new double[] {331, 182};
            xy[Keypoint.LEFT_EAR.ordinal()] = new double[] {321, 166};
        }
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            double[] p = xy[k.ordinal()] != null ? xy[k.ordinal()] : xy[k.mirror().ordinal()];
            double off = faceToCamera && k.id().endsWith("ear") ? 20 : 2;  // the far side's offset
            double x = k == k.mirror() || k.id().startsWith("left") ? p[0] : p[0] + off;
            points.add(new PosePoint(mirrored ? 400 - x : x, p[1], 0.8));
        }
        return new Pose(points, 400, 300, Crop.wholeImage(400, 300));
    }

    @Test
    void whenTheConfidencesTieTheFaceTellsTheNearSide() {
        // face down, head to the right: the person's right side is toward the camera
        assertEquals(View.RIGHT_SIDE, new ViewDetector(0.3).detect(plankHeadRight(true, false)));
        assertEquals(View.LEFT_SIDE, new ViewDetector(0.3).detect(plankHeadRight(true, true)));
        // on the back, head to the right: the left side
        assertEquals(View.LEFT_SIDE, new ViewDetector(0.3).detect(plankHeadRight(false, false)));
        assertEquals(View.RIGHT_SIDE, new ViewDetector(0.3).detect(plankHeadRight(false, true)));
        // and it is not kept from a wrong first guess: once the face says otherwise, the side follows
        ViewDetector d = new ViewDetector(0.3);
        assertEquals(View.LEFT_SIDE, settle(d, plankHeadRight(false, false)));
        assertEquals(View.RIGHT_SIDE, settle(d, plankHeadRight(true, false)));
        // a face turned to the camera points nowhere: the side stays
        assertEquals(View.RIGHT_SIDE, settle(d, plankHeadRight(false, false, true)));
        ViewDetector onTheBack = new ViewDetector(0.3);
        assertEquals(View.LEFT_SIDE, settle(onTheBack, plankHeadRight(false, false)));
        assertEquals(View.LEFT_SIDE, settle(onTheBack, plankHeadRight(true, false, true)));
    }
}
