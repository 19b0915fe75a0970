package org.formcoach.app;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.formcoach.app.model.ImageFit;
import org.formcoach.app.model.Overlay;

/**
 * Draws a picture and the coach's skeleton, angles and labels on a canvas, for the live view and
 * the review and compare windows alike: the picture letterboxed (and mirrored on request, the words
 * still readable), the skeleton in the tones of its checks.
 */
final class OverlayPainter {

    static final Color BACKGROUND = Color.web("#111418");

    private OverlayPainter() {
    }

    /** Clears the canvas and draws {@code image} fitted into it; the fit, or null without an image. */
    static ImageFit picture(GraphicsContext g, Image image, double width, double height, boolean mirrored) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        if (image == null) {
            return null;
        }
        ImageFit fit = ImageFit.of((int) image.getWidth(), (int) image.getHeight(), width, height, mirrored);
        if (mirrored) {
            g.save();
            g.translate(fit.offsetX() + fit.width(), fit.offsetY());
            g.scale(-1, 1);
            g.drawImage(image, 0, 0, fit.width(), fit.height());
            g.restore();
        } else {
            g.drawImage(image, fit.offsetX(), fit.offsetY(), fit.width(), fit.height());
        }
        return fit;
    }

    /**
     * The skeleton's segments and points, {@code thickness} wide ({@code outlined}: dark rims round
     * the points, for a busy live picture), then its labels in {@code labelSize}-point bold type.
     */
    static void skeleton(GraphicsContext g, Overlay overlay, ImageFit fit, double thickness, boolean outlined,
            double labelSize) {
        g.setLineCap(StrokeLineCap.ROUND);
        for (Overlay.DrawnSegment s : overlay.segments()) {
            Color c = Palette.of(s.tone());
            g.setStroke(s.faded() ? c.deriveColor(0, 1, 1, 0.25) : c);
            g.setLineWidth(s.faded() ? thickness / 2 : thickness);
            g.strokeLine(fit.x(s.x1()), fit.y(s.y1()), fit.x(s.x2()), fit.y(s.y2()));
        }
        double r = thickness * 1.3;
        for (Overlay.DrawnPoint p : overlay.points()) {
            Color c = Palette.of(p.tone());
            g.setFill(p.faded() ? c.deriveColor(0, 1, 1, 0.25) : c);
            double x = fit.x(p.x());
            double y = fit.y(p.y());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (outlined && !p.faded()) {
                g.setStroke(BACKGROUND);
                g.setLineWidth(1.5);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        Font font = Font.font("System", FontWeight.BOLD, labelSize);
        for (Overlay.Label label : overlay.labels()) {
            tag(g, label.text(), fit.x(label.x()) + 2.5 * r, fit.y(label.y()) - 2.5 * r, font,
                    Palette.of(label.tone()));
        }
    }

    /** {@code text} on a dark rounded box, its left end at x, centred on y. */
    static void tag(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        Text measure = new Text(text);
        measure.setFont(font);
        double tw = measure.getLayoutBounds().getWidth();
        double th = font.getSize() * 1.4;
        g.setFill(Color.color(0, 0, 0, 0.65));
        g.fillRoundRect(x - 6, y - th / 2, tw + 12, th, 10, 10);
        g.setFill(colour);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
