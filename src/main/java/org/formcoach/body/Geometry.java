package org.formcoach.body;

import java.util.List;
import org.formcoach.pose.PosePoint;

/**
 * Plane geometry on keypoints in image pixels (x to the right, y downward). All angles in degrees.
 */
public final class Geometry {

    private Geometry() {
    }

    public static double distance(PosePoint a, PosePoint b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    public static PosePoint midpoint(PosePoint a, PosePoint b) {
        return new PosePoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, Math.min(a.score(), b.score()));
    }

    /** Interior angle a–vertex–c, 0..180; 180 when the three points are in a straight line. */
    public static double angle(PosePoint a, PosePoint vertex, PosePoint c) {
        double ux = a.x() - vertex.x();
        double uy = a.y() - vertex.y();
        double vx = c.x() - vertex.x();
        double vy = c.y() - vertex.y();
        return Math.toDegrees(Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy));
    }

    /**
     * Tilt of the line a→b from the horizontal, -90..90, positive when b is higher in the image than
     * a. Independent of which point is further left.
     */
    public static double tilt(PosePoint a, PosePoint b) {
        return Math.toDegrees(Math.atan2(a.y() - b.y(), Math.abs(b.x() - a.x())));
    }

    /**
     * Angle of the segment from→to above the body's forward horizontal, -180..180: 90 when {@code to}
     * is straight above {@code from}, less when it is ahead. {@code forwardSign} is the image x
     * direction the person faces ({@link View#forwardSign()}).
     */
    public static double segmentAngle(PosePoint from, PosePoint to, int forwardSign) {
        double forward = (to.x() - from.x()) * forwardSign;
        double up = from.y() - to.y();
        return Math.toDegrees(Math.atan2(up, forward));
    }

    /**
     * How far the chain a→b→c bends at b, -180..180: the angle between the directions a→b and b→c,
     * positive when it bends toward the way the person faces (flexion: a head dropping toward the
     * chest, or toward the floor in a push-up), negative when it bends away (extension: a chin lifting).
     * 0 on a straight line. {@code forwardSign} is the image x direction the person faces
     * ({@link View#forwardSign()}); with 0 the sign is that of the image's clockwise turn.
     */
    public static double bend(PosePoint a, PosePoint b, PosePoint c, int forwardSign) {
        double ux = b.x() - a.x();
        double uy = b.y() - a.y();
        double vx = c.x() - b.x();
        double vy = c.y() - b.y();
        double cross = ux * vy - uy * vx;
        double degrees = Math.toDegrees(Math.atan2(Math.abs(cross), ux * vx + uy * vy));
        // with y pointing down, a positive cross product is a clockwise turn: toward the front for a
        // person facing the image's right
        return (cross >= 0 ? degrees : -degrees) * (forwardSign < 0 ? -1 : 1);
    }

    /**
     * How far the inner points of a chain bend away from the straight line between its ends.
     *
     * @param degrees signed deviation of the worst inner point: 180 minus its interior angle with the
     *                two ends; positive when it lies below the line (toward the floor, +y), negative
     *                above it
     * @param index   position of the worst inner point in the chain
     */
    public record Deviation(double degrees, int index) {
    }

    /** The worst inner point's deviation from the first–last line; needs at least three points. */
    public static Deviation lineDeviation(List<PosePoint> chain) {
        if (chain.size() < 3) {
            throw new IllegalArgumentException("a line needs at least 3 points, got " + chain.size());
        }
        PosePoint first = chain.get(0);
        PosePoint last = chain.get(chain.size() - 1);
        double dx = last.x() - first.x();
        double dy = last.y() - first.y();
        // normal of the line pointing down in the image; for a vertical line this is ambiguous and
        // the +x normal is used
        double nx = -dy;
        double ny = dx;
        if (ny < 0 || (ny == 0 && nx < 0)) {
            nx = -nx;
            ny = -ny;
        }
        Deviation worst = new Deviation(0, 1);
        for (int i = 1; i < chain.size() - 1; i++) {
            PosePoint p = chain.get(i);
            double dev = 180 - angle(first, p, last);
            double side = (p.x() - first.x()) * nx + (p.y() - first.y()) * ny;
            double signed = side < 0 ? -dev : dev;
            if (Math.abs(signed) > Math.abs(worst.degrees())) {
                worst = new Deviation(signed, i);
            }
        }
        return worst;
    }
}
