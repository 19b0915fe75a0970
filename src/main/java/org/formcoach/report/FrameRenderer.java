package org.formcoach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.app.model.Overlay;
import org.formcoach.app.model.Tone;
import org.formcoach.form.FormFrame;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.pose.Skeleton;
import org.formcoach.routine.Exercise;

/**
 * Draws a frame as the coach saw it, with Java2D: the skeleton coloured by the rules (as in the
 * window), the angles at the joints, and optional lines (a therapist's measurements) and captions.
 * Used for exported frames and clips and for the key frames of reports.
 */
public final class FrameRenderer {

    /** A line drawn over the picture, in image pixels, with its words at the middle. */
    public record Line(double x1, double y1, double x2, double y2, String text) {
    }

    private FrameRenderer() {
    }

    public static Color colour(Tone tone) {
        return switch (tone) {
            case GOOD -> new Color(0x2e, 0xcc, 0x71);
            case INFO -> new Color(0x34, 0x98, 0xdb);
            case WARNING -> new Color(0xf3, 0x9c, 0x12);
            case ERROR -> new Color(0xe7, 0x4c, 0x3c);
            case NEUTRAL -> new Color(0xec, 0xf0, 0xf1);
        };
    }

    /** The overlay of {@code pose}: the window's, or a plain skeleton when the exercise is unknown. */
    public static Overlay overlay(Pose pose, FormFrame form, Exercise exercise) {
        if (pose == null) {
            return Overlay.EMPTY;
        }
        if (exercise != null) {
            return Overlay.of(pose, form, exercise, Skeleton.DEFAULT_MIN_SCORE);
        }
        List<Overlay.DrawnSegment> segments = new ArrayList<>();
        for (Skeleton.Segment s : Skeleton.SEGMENTS) {
            PosePoint a = pose.point(s.from());
            PosePoint b = pose.point(s.to());
            boolean faded = a.score() < Skeleton.DEFAULT_MIN_SCORE || b.score() < Skeleton.DEFAULT_MIN_SCORE;
            segments.add(new Overlay.DrawnSegment(s.from(), s.to(), a.x(), a.y(), b.x(), b.y(), Tone.NEUTRAL, faded));
        }
        List<Overlay.DrawnPoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            points.add(new Overlay.DrawnPoint(k, p.x(), p.y(), Tone.NEUTRAL, p.score() < Skeleton.DEFAULT_MIN_SCORE));
        }
        return new Overlay(segments, points, List.of());
    }

    /**
     * The frame with everything drawn over it, as a new picture.
     *
     * @param mirrored flip the picture left–right (text stays readable)
     * @param caption  words in a band at the bottom, or null
     */
    public static BufferedImage render(BufferedImage frame, Overlay overlay, List<Line> lines, String caption,
            boolean mirrored) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            PictureDrawing.smooth(g);
            if (mirrored) {
                g.drawImage(frame, w, 0, -w, h, null);
            } else {
                g.drawImage(frame, 0, 0, null);
            }
            java.util.function.DoubleUnaryOperator fx = x -> mirrored ? w - x : x;
            float thickness = Math.max(2.5f, h / 140f);
            for (Overlay.DrawnSegment s : overlay.segments()) {
                Color c = colour(s.tone());
                g.setColor(s.faded() ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 70) : c);
                g.setStroke(new BasicStroke(s.faded() ? thickness / 2 : thickness, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(fx.applyAsDouble(s.x1()), s.y1(), fx.applyAsDouble(s.x2()), s.y2()));
            }
            double r = thickness * 1.3;
            for (Overlay.DrawnPoint p : overlay.points()) {
                Color c = colour(p.tone());
                g.setColor(p.faded() ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 70) : c);
                g.fill(new Ellipse2D.Double(fx.applyAsDouble(p.x()) - r, p.y() - r, 2 * r, 2 * r));
            }
            float size = Math.max(12, h / 30f);
            for (Overlay.Label label : overlay.labels()) {
                PictureDrawing.label(g, label.text(), fx.applyAsDouble(label.x()) + 2.5 * r, label.y() - 2.5 * r, size,
                        colour(label.tone()));
            }
            g.setStroke(new BasicStroke(Math.max(2f, h / 250f)));
            for (Line line : lines) {
                g.setColor(new Color(0xff, 0xe0, 0x4d));
                double x1 = fx.applyAsDouble(line.x1());
                double x2 = fx.applyAsDouble(line.x2());
                g.draw(new Line2D.Double(x1, line.y1(), x2, line.y2()));
                g.fill(new Ellipse2D.Double(x1 - r, line.y1() - r, 2 * r, 2 * r));
                g.fill(new Ellipse2D.Double(x2 - r, line.y2() - r, 2 * r, 2 * r));
                if (line.text() != null && !line.text().isEmpty()) {
                    PictureDrawing.label(g, line.text(), (x1 + x2) / 2 + r, (line.y1() + line.y2()) / 2, size,
                            new Color(0xff, 0xe0, 0x4d));
                }
            }
            if (caption != null && !caption.isEmpty()) {
                PictureDrawing.band(g, w, h, caption, 0.97, new Color(30, 30, 30, 200));
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
