package org.formcoach.report;

import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.pose.Skeleton;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Draws a pose onto a BGR image with OpenCV: segments, joints and (optionally) scores, written by
 * {@link TextPainter}. One instance per thread.
 */
public final class PoseOverlayPainter {

    private static final Scalar LEFT = new Scalar(255, 160, 40);   // BGR: blue-ish for the left side
    private static final Scalar RIGHT = new Scalar(40, 160, 255);  // orange for the right side
    private static final Scalar CENTRE = new Scalar(80, 220, 80);
    private static final Scalar FADED = new Scalar(150, 150, 150);

    private final double minScore;
    private final TextPainter text = new TextPainter();

    public PoseOverlayPainter(double minScore) {
        this.minScore = minScore;
    }

    public void paint(Mat bgr, Pose pose, boolean withScores) {
        int thickness = Math.max(2, Math.min(bgr.cols(), bgr.rows()) / 160);
        for (Skeleton.Segment s : Skeleton.SEGMENTS) {
            PosePoint a = pose.point(s.from());
            PosePoint b = pose.point(s.to());
            if (a.score() >= minScore && b.score() >= minScore) {
                Imgproc.line(bgr, point(a), point(b), colour(s.from(), s.to()), thickness, Imgproc.LINE_AA);
            }
        }
        double fontSize = Math.max(9, Math.min(bgr.cols(), bgr.rows()) / 55.0);
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            boolean visible = p.score() >= minScore;
            Imgproc.circle(bgr, point(p), thickness + 2, visible ? colour(k, k) : FADED, visible ? -1 : 1,
                    Imgproc.LINE_AA);
            if (withScores) {
                text.label(bgr, String.format(java.util.Locale.ROOT, "%.2f", p.score()), p.x() + thickness + 4,
                        p.y() - thickness, fontSize, visible ? new Scalar(255, 255, 255) : FADED);
            }
        }
    }

    private static Point point(PosePoint p) {
        return new Point(p.x(), p.y());
    }

    private static Scalar colour(Keypoint a, Keypoint b) {
        if (a.isLeft() && b.isLeft()) {
            return LEFT;
        }
        if (a.isRight() && b.isRight()) {
            return RIGHT;
        }
        return CENTRE;
    }
}
