package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OneEuroFilterTest {

    private static final long FRAME = 33_333_333L; // 30 fps

    @Test
    void aStillJointStopsJittering() {
        OneEuroFilter filter = new OneEuroFilter(OneEuroParameters.DEFAULT);
        Random noise = new Random(1);
        double rawSpread = 0;
        double smoothSpread = 0;
        for (int i = 0; i < 300; i++) {
            double raw = 200 + noise.nextGaussian() * 3;
            double smooth = filter.filter(raw, i * FRAME);
            if (i >= 30) {
                rawSpread += Math.abs(raw - 200);
                smoothSpread += Math.abs(smooth - 200);
            }
        }
        assertTrue(smoothSpread < rawSpread / 3, "jitter cut to a third: raw " + rawSpread + ", smoothed " + smoothSpread);
    }

    @Test
    void aFastMoveIsFollowedWithoutLongLag() {
        OneEuroFilter filter = new OneEuroFilter(OneEuroParameters.DEFAULT);
        double smooth = 0;
        for (int i = 0; i < 30; i++) {
            smooth = filter.filter(100, i * FRAME);
        }
        // a wrist moving 600 px/s for half a second
        for (int i = 30; i < 45; i++) {
            double raw = 100 + (i - 29) * 20;
            smooth = filter.filter(raw, i * FRAME);
        }
        assertTrue(Math.abs(smooth - 400) < 40, "within two frames of movement of the joint: " + smooth);
    }

    @Test
    void aClockThatGoesBackRestartsTheFilter() {
        OneEuroFilter filter = new OneEuroFilter(OneEuroParameters.DEFAULT);
        filter.filter(100, 10 * FRAME);
        filter.filter(100, 11 * FRAME);
        assertEquals(500.0, filter.filter(500, 2 * FRAME), 1e-9);
    }

    @Test
    void keypointsBelowTheGatePassThroughAndRestart() {
        PoseSmoother smoother = new PoseSmoother(OneEuroParameters.DEFAULT, 0.3);
        Pose a = PoseFixtures.uniform(100, 100, 0.9);
        Pose b = PoseFixtures.uniform(300, 300, 0.1);
        Pose c = PoseFixtures.uniform(300, 300, 0.9);
        smoother.smooth(a, 0);
        Pose hidden = smoother.smooth(b, FRAME);
        assertEquals(300, hidden.point(Keypoint.NOSE).x(), 1e-9, "not smoothed while below the gate");
        Pose back = smoother.smooth(c, 2 * FRAME);
        assertEquals(300, back.point(Keypoint.NOSE).x(), 1e-9, "no drag from before it was lost");
    }
}
