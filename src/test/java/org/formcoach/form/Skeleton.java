package org.formcoach.form;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.formcoach.body.View;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/**
 * Synthetic skeleton for rule tests: a 3-D stick figure built from segment lengths (cm) and joint
 * angles (degrees), seen by an orthographic camera from the front or either side, with pixel noise
 * and dropped keypoints. Body frame: x to the person's left, y up, z forward; the pelvis centre is
 * the origin. All angles are sagittal-plane rotations unless named otherwise.
 *
 * <p>Each {@code with…} returns a changed copy; a skeleton is never changed once handed out.
 */
final class Skeleton implements Cloneable {

    private View view;
    private double pitch;          // whole body tipped forward from vertical (push-ups: 25 wall … 75 floor)
    private double trunkFlex;      // trunk bent forward relative to the legs; negative = hips sag
    private double sideBend;       // trunk bent toward the person's right (positive), tilting the shoulders
    private double hipFlex;        // thigh raised forward from hanging
    private double kneeFlex;       // shin bent back from the thigh line
    private double shoulderFlex;   // arm raised forward from hanging (negative = behind the body)
    private double elbowFlex = 5;  // 0 = straight arm, elbow angle = 180 - elbowFlex
    private double neckFlex;       // head carried forward (positive) or tucked (negative)
    private double headYaw;        // head turned to the person's left (positive)
    private double headPitch;      // chin lifted (positive) or tucked (negative), the head on the neck
    private double shoulderUp;     // shoulder girdle raised (cm); negative = depressed
    private double shoulderForward; // shoulder girdle protracted (cm); negative = retracted
    private double scale = 3;      // pixels per cm (larger: nearer the camera)
    private double sink;           // the whole body lower in the picture (cm), e.g. slumping in a chair
    private double noisePx;        // sigma of Gaussian pixel noise
    private double leftArmOpen;    // left arm turned from forward toward the person's left (about the long axis)
    private double rightArmOpen;   // right arm turned from forward toward the person's right
    private boolean lying;         // lying on one side: the picture turned a quarter (the camera above)
    private Set<Keypoint> dropped = Set.of();

    // segment lengths in cm: typical adult proportions
    static final double TORSO = 50;
    static final double SHOULDER_HALF = 19;
    static final double HIP_HALF = 13;
    static final double UPPER_ARM = 30;
    static final double FOREARM = 26;
    static final double THIGH = 44;
    static final double SHIN = 42;
    static final double NECK = 14;
    static final double EAR_HALF = 7.5;
    static final double NOSE_FORWARD = 10;
    static final double EYE_FORWARD = 8;
    static final double EYE_HALF = 3.2;

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private Skeleton(View view) {
        this.view = view;
    }

    static Skeleton standing(View view) {
        return new Skeleton(view);
    }

    /** A push-up body: straight line tipped forward by {@code pitch}, arms perpendicular to the trunk. */
    static Skeleton pushup(View view, double pitch) {
        return standing(view).withPitch(pitch).withShoulderFlex(90);
    }

    /** A copy with one change; instances are never changed after they are handed out. */
    private Skeleton with(Consumer<Skeleton> change) {
        try {
            Skeleton copy = (Skeleton) clone();
            change.accept(copy);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    Skeleton withPitch(double v) {
        return with(s -> s.pitch = v);
    }

    Skeleton withTrunkFlex(double v) {
        return with(s -> s.trunkFlex = v);
    }

    Skeleton withSideBend(double v) {
        return with(s -> s.sideBend = v);
    }

    /** Hips dropped toward the floor by {@code degrees} (a push-up fault). */
    Skeleton withSag(double degrees) {
        return withTrunkFlex(-degrees);
    }

    Skeleton withHipFlex(double v) {
        return with(s -> s.hipFlex = v);
    }

    Skeleton withKneeFlex(double v) {
        return with(s -> s.kneeFlex = v);
    }

    Skeleton withShoulderFlex(double v) {
        return with(s -> s.shoulderFlex = v);
    }

    /** Elbow angle in degrees (180 = straight). */
    Skeleton withElbowAngle(double v) {
        return with(s -> s.elbowFlex = 180 - v);
    }

    Skeleton withNeckFlex(double v) {
        return with(s -> s.neckFlex = v);
    }

    Skeleton withHeadYaw(double v) {
        return with(s -> s.headYaw = v);
    }

    Skeleton withHeadPitch(double v) {
        return with(s -> s.headPitch = v);
    }

    Skeleton withShoulderShift(double up, double forward) {
        return with(s -> {
            s.shoulderUp = up;
            s.shoulderForward = forward;
        });
    }

    /** Nearer the camera (factor > 1) or further away: everything looks larger or smaller. */
    Skeleton withNearness(double factor) {
        return with(s -> s.scale = 3 * factor);
    }

    /** The whole body lower in the picture by {@code cm}. */
    Skeleton withSink(double cm) {
        return with(s -> s.sink = cm);
    }

    Skeleton withNoise(double px) {
        return with(s -> s.noisePx = px);
    }

    Skeleton withDropped(Keypoint... keypoints) {
        Set<Keypoint> d = keypoints.length == 0 ? Set.of() : EnumSet.of(keypoints[0], keypoints);
        return with(s -> s.dropped = d);
    }

    /**
     * An arm turned about the body's long axis from pointing forward toward its own side, e.g. the top
     * arm of a side-lying thoracic rotation opening up and over: 90 points it sideways, 180 backward.
     */
    Skeleton withArmOpen(boolean left, double degrees) {
        return with(s -> {
            if (left) {
                s.leftArmOpen = degrees;
            } else {
                s.rightArmOpen = degrees;
            }
        });
    }

    /**
     * Lying on one side, seen from above: the view's projection with the picture turned a quarter, so
     * the body lies across it. With {@link View#RIGHT_SIDE} the person lies on the left side (the right
     * side up, toward the camera); with {@link View#LEFT_SIDE} on the right side.
     */
    Skeleton lyingOnSide() {
        return with(s -> s.lying = true);
    }

    /** The pose without noise. */
    Pose pose() {
        return pose(null);
    }

    /** The pose, with noise drawn from {@code random} (null = none). */
    Pose pose(Random random) {
        double[][] p = new double[Keypoint.COUNT][];
        // legs, from the pelvis
        for (int s = 1; s >= -1; s -= 2) {
            double[] hip = {s * HIP_HALF, 0, 0};
            double[] thighDir = rotX(new double[] {0, -1, 0}, -hipFlex);
            double[] knee = add(hip, mul(thighDir, THIGH));
            double[] ankle = add(knee, mul(rotX(thighDir, kneeFlex), SHIN));
            p[(s > 0 ? Keypoint.LEFT_HIP : Keypoint.RIGHT_HIP).ordinal()] = hip;
            p[(s > 0 ? Keypoint.LEFT_KNEE : Keypoint.RIGHT_KNEE).ordinal()] = knee;
            p[(s > 0 ? Keypoint.LEFT_ANKLE : Keypoint.RIGHT_ANKLE).ordinal()] = ankle;
        }
        // upper body in the trunk frame, then bent by trunkFlex at the pelvis
        for (int s = 1; s >= -1; s -= 2) {
            double[] shoulder = {s * SHOULDER_HALF, TORSO + shoulderUp, shoulderForward};
            double[] armDir = rotY(rotX(new double[] {0, -1, 0}, -shoulderFlex), s > 0 ? leftArmOpen : -rightArmOpen);
            double[] elbow = add(shoulder, mul(armDir, UPPER_ARM));
            double[] wrist = add(elbow, mul(rotX(armDir, -elbowFlex), FOREARM));
            p[(s > 0 ? Keypoint.LEFT_SHOULDER : Keypoint.RIGHT_SHOULDER).ordinal()] = upper(shoulder);
            p[(s > 0 ? Keypoint.LEFT_ELBOW : Keypoint.RIGHT_ELBOW).ordinal()] = upper(elbow);
            p[(s > 0 ? Keypoint.LEFT_WRIST : Keypoint.RIGHT_WRIST).ordinal()] = upper(wrist);
        }
        double[] neckBase = {0, TORSO, 0};
        double[] earMid = add(neckBase, mul(rotX(new double[] {0, 1, 0}, neckFlex), NECK));
        head(p, Keypoint.LEFT_EAR, earMid, new double[] {EAR_HALF, 0, 0});
        head(p, Keypoint.RIGHT_EAR, earMid, new double[] {-EAR_HALF, 0, 0});
        head(p, Keypoint.NOSE, earMid, new double[] {0, -2, NOSE_FORWARD});
        head(p, Keypoint.LEFT_EYE, earMid, new double[] {EYE_HALF, 1.5, EYE_FORWARD});
        head(p, Keypoint.RIGHT_EYE, earMid, new double[] {-EYE_HALF, 1.5, EYE_FORWARD});

        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            double[] w = rotX(p[k.ordinal()], pitch);
            double x;
            double y = w[1];
            boolean far;
            double c45 = Math.sqrt(0.5);
            switch (view) {
                case LEFT_SIDE -> {
                    x = -w[2];
                    far = k.isRight();
                }
                case RIGHT_SIDE -> {
                    x = w[2];
                    far = k.isLeft();
                }
                case LEFT_THREE_QUARTER -> {
                    // the camera 45° round to the person's left: halfway between front and left side
                    x = c45 * (w[0] - w[2]);
                    far = k.isRight();
                }
                case RIGHT_THREE_QUARTER -> {
                    x = c45 * (w[0] + w[2]);
                    far = k.isLeft();
                }
                default -> {
                    x = w[0];
                    far = false;
                }
            }
            if (lying) {
                double turned = x;
                x = y - 20;           // head toward the picture's right, the body centred
                y = -turned;
            }
            double px = WIDTH / 2.0 + scale * x;
            double py = HEIGHT * 0.55 - scale * (y - sink);
            if (random != null && noisePx > 0) {
                px += random.nextGaussian() * noisePx;
                py += random.nextGaussian() * noisePx;
            }
            // the far side is partly hidden, so a model is less sure of it
            double score = dropped.contains(k) ? 0.05 : far ? 0.5 : 0.9;
            points.add(new PosePoint(px, py, score));
        }
        return new Pose(points, WIDTH, HEIGHT, Crop.wholeImage(WIDTH, HEIGHT));
    }

    /** Head points: offset from the ear midpoint, tilted by the pitch, turned by the yaw, carried by the trunk. */
    private void head(double[][] p, Keypoint k, double[] earMid, double[] offset) {
        double[] turned = rotY(rotX(offset, -headPitch), headYaw);
        p[k.ordinal()] = upper(add(earMid, turned));
    }

    /** Carries an upper-body point with the trunk: bent forward, then sideways. */
    private double[] upper(double[] v) {
        double[] bent = rotX(v, trunkFlex);
        double a = Math.toRadians(sideBend);
        // about the forward axis: the person's left side (+x) goes up when bending to the right
        return new double[] {bent[0] * Math.cos(a) - bent[1] * Math.sin(a), bent[0] * Math.sin(a) + bent[1] * Math.cos(a),
            bent[2]};
    }

    /**
     * Rotation about the x axis that tips +y toward +z (forward), so -y (down) goes toward -z: a limb
     * hanging down is raised forward by a negative angle.
     */
    static double[] rotX(double[] v, double degrees) {
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[] {v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c};
    }

    /** Rotation about the y axis that turns +z (forward) toward +x (the person's left). */
    static double[] rotY(double[] v, double degrees) {
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[] {v[0] * c + v[2] * s, v[1], -v[0] * s + v[2] * c};
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static double[] mul(double[] a, double k) {
        return new double[] {a[0] * k, a[1] * k, a[2] * k};
    }
}
