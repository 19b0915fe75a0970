package org.formcoach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/** Line charts of angles over time, drawn with Java2D for reports (printed, so light and plain). */
public final class Charts {

    /** One line: its name, colour and values (NaN: a gap). */
    public record Series(String name, Color colour, double[] t, double[] values) {
    }

    /** A vertical marker: a rep's bottom, a phase boundary. */
    public record Marker(double t, String label) {
    }

    public static final Color BLUE = new Color(0x1f, 0x6f, 0xb4);
    public static final Color ORANGE = new Color(0xe0, 0x7b, 0x00);
    public static final Color GREEN = new Color(0x2e, 0x9e, 0x5b);
    public static final Color RED = new Color(0xc0, 0x39, 0x2b);

    private Charts() {
    }

    /** A chart of {@code series} over time with {@code title} and the unit on the value axis. */
    public static BufferedImage lines(String title, String unit, List<Series> series, List<Marker> markers, int width,
            int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            PictureDrawing.smooth(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int left = 56;
            int right = width - 16;
            int top = 34;
            int bottom = height - 34;
            double tMin = Double.POSITIVE_INFINITY;
            double tMax = Double.NEGATIVE_INFINITY;
            double vMin = Double.POSITIVE_INFINITY;
            double vMax = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                for (int i = 0; i < s.values().length; i++) {
                    if (Double.isNaN(s.values()[i])) {
                        continue;
                    }
                    tMin = Math.min(tMin, s.t()[i]);
                    tMax = Math.max(tMax, s.t()[i]);
                    vMin = Math.min(vMin, s.values()[i]);
                    vMax = Math.max(vMax, s.values()[i]);
                }
            }
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(PictureDrawing.font(15, true));
            g.drawString(title, left, 22);
            if (!(tMax > tMin) || !(vMax >= vMin)) {
                g.setFont(PictureDrawing.font(13, false));
                g.drawString("no readings", left, height / 2);
                return img;
            }
            double pad = Math.max(5, (vMax - vMin) * 0.1);
            vMin = Math.floor((vMin - pad) / 10) * 10;
            vMax = Math.ceil((vMax + pad) / 10) * 10;
            final double t0 = tMin;
            final double t1 = tMax;
            final double v0 = vMin;
            final double v1 = vMax;
            java.util.function.DoubleUnaryOperator x = t -> left + (t - t0) / (t1 - t0) * (right - left);
            java.util.function.DoubleUnaryOperator y = v -> bottom - (v - v0) / (v1 - v0) * (bottom - top);
            g.setFont(PictureDrawing.font(11, false));
            double step = niceStep((v1 - v0) / 5);
            for (double v = Math.ceil(v0 / step) * step; v <= v1; v += step) {
                int yy = (int) y.applyAsDouble(v);
                g.setColor(new Color(0xe6, 0xe6, 0xe6));
                g.drawLine(left, yy, right, yy);
                g.setColor(new Color(0x55, 0x55, 0x55));
                g.drawString(String.format(Locale.ROOT, "%.0f%s", v, unit), 6, yy + 4);
            }
            double tStep = niceStep((t1 - t0) / 8);
            for (double t = Math.ceil(t0 / tStep) * tStep; t <= t1 + 1e-9; t += tStep) {
                int xx = (int) x.applyAsDouble(t);
                g.setColor(new Color(0x55, 0x55, 0x55));
                g.drawString(String.format(Locale.ROOT, "%.1f s", t), xx - 12, bottom + 16);
            }
            g.setColor(new Color(0x99, 0x99, 0x99));
            g.drawRect(left, top, right - left, bottom - top);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
            for (Marker m : markers) {
                int xx = (int) x.applyAsDouble(m.t());
                g.setColor(new Color(0x88, 0x88, 0x88));
                g.drawLine(xx, top, xx, bottom);
                g.drawString(m.label(), xx + 3, top + 12);
            }
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int legendX = left + 8;
            for (Series s : series) {
                Path2D path = new Path2D.Double();
                boolean pen = false;
                for (int i = 0; i < s.values().length; i++) {
                    double v = s.values()[i];
                    if (Double.isNaN(v)) {
                        pen = false;
                        continue;
                    }
                    double px = x.applyAsDouble(s.t()[i]);
                    double py = y.applyAsDouble(v);
                    if (pen) {
                        path.lineTo(px, py);
                    } else {
                        path.moveTo(px, py);
                        pen = true;
                    }
                }
                g.setColor(s.colour());
                g.draw(path);
                g.fillRect(legendX, bottom + 22, 14, 4);
                g.setColor(new Color(0x33, 0x33, 0x33));
                g.drawString(s.name(), legendX + 18, bottom + 28);
                legendX += 26 + g.getFontMetrics().stringWidth(s.name());
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        double n = raw / mag;
        return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
    }
}
