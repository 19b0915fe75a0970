package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.junit.jupiter.api.Test;

/**
 * The elbow angle's correction for an upper arm turned out of the picture, pinned on the geometry of
 * one arm: the forearm stands upright on the hand (in the picture's plane), the upper arm makes the
 * true elbow angle with it and is turned by {@code turn} degrees toward the camera, as when the elbows
 * open sideways and the camera stands in front of the body's side. Whether this is right on people is
 * shown by the corpus's three-quarter clip (CorpusTest).
 */
class RepSignalTest {

    private static final double UPPER_ARM = 120;
    private static final double FOREARM = 110;
    private final TrackerSpec.Reps spec = (TrackerSpec.Reps) Clip.shipped("floor-pushup").tracker();

    /** The right arm (near in a right side view) with the elbow at the given true angle. */
    private static Body arm(double trueAngle, double turn) {
        double a = Math.toRadians(trueAngle);
        double b = Math.toRadians(turn);
        double elbowX = 600;
        double elbowY = 400;
        // forearm straight down to the hand; the upper arm up and back, its depth part unseen
        double shoulderX = elbowX - UPPER_ARM * Math.sin(a) * Math.cos(b);
        double shoulderY = elbowY + UPPER_ARM * Math.cos(a);
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            points.add(switch (k) {
                case RIGHT_SHOULDER -> new PosePoint(shoulderX, shoulderY, 0.9);
                case RIGHT_ELBOW -> new PosePoint(elbowX, elbowY, 0.9);
                case RIGHT_WRIST -> new PosePoint(elbowX, elbowY + FOREARM, 0.9);
                case RIGHT_HIP -> new PosePoint(shoulderX - 400, shoulderY + 20, 0.9);
                default -> new PosePoint(300, 300, k.isLeft() ? 0.5 : 0.9);
            });
        }
        return new Body(new Pose(points, 1280, 720, Crop.wholeImage(1280, 720)), View.RIGHT_SIDE, 0.3);
    }

    /** Reads straight-arm frames first (the arm's usual proportions), then the frame asked for. */
    private double read(double trueAngle, double turn) {
        RepSignal signal = new RepSignal(spec);
        long t = 0;
        for (int i = 0; i < 10; i++) {
            signal.read(arm(170, 0), t += 33_000_000L, true);
        }
        return signal.read(arm(trueAngle, turn), t + 33_000_000L, true).value();
    }

    private static double seen(double trueAngle, double turn) {
        double a = Math.toRadians(trueAngle);
        double b = Math.toRadians(turn);
        return Math.toDegrees(Math.atan2(Math.sin(a) * Math.cos(b), Math.cos(a)));
    }

    @Test
    void anUpperArmTurnedOutOfThePictureIsReadAtItsTrueAngle() {
        // 105° seen with the upper arm turned 60° reads 118° in the picture: a partial rep on its face
        assertEquals(118.2, seen(105, 60), 0.1);
        assertEquals(105, read(105, 60), 0.5);
        assertEquals(95, read(95, 50), 0.5);
    }

    @Test
    void anArmSeenSideOnIsReadAsItLooks() {
        assertEquals(105, read(105, 0), 0.5);
        assertEquals(125, read(125, 0), 0.5);
    }

    @Test
    void aSmallTurnOrAStraightArmIsNeverCorrected() {
        // up to a fifth shorter is keypoint jitter on a side-on arm: read as seen
        assertEquals(seen(120, 30), read(120, 30), 0.5);
        // at the top the arm is read as seen however short the upper arm looks: a straight arm never reads bent
        assertEquals(seen(170, 70), read(170, 70), 0.5);
    }
}
