package org.formcoach.app;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.formcoach.app.model.ImageFit;
import org.formcoach.app.model.Overlay;

/**
 * A still picture with the coach's overlay and a therapist's measurement lines, fitted into the
 * space it has (aspect kept), optionally mirrored. Used by the review and comparison windows.
 */
final class PictureCanvas extends Pane {

    /** A line in image pixels with its words at the start; {@code points} marks clicks still pending. */
    record Mark(double x1, double y1, double x2, double y2, String text) {
    }

    private final Canvas canvas = new Canvas();
    private Image image;
    private Overlay overlay = Overlay.EMPTY;
    private List<Mark> marks = List.of();
    private List<double[]> pending = List.of();
    private String caption = "";
    private boolean mirrored;
    private ImageFit fit;

    PictureCanvas() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> redraw());
        canvas.heightProperty().addListener((o, a, b) -> redraw());
        setMinSize(0, 0);
        setStyle("-fx-background-color: #111418;");
    }

    Canvas canvas() {
        return canvas;
    }

    void show(Image picture, Overlay over, List<Mark> lines, List<double[]> clicks, String text, boolean mirror) {
        this.image = picture;
        this.overlay = over;
        this.marks = List.copyOf(lines);
        this.pending = List.copyOf(clicks);
        this.caption = text == null ? "" : text;
        this.mirrored = mirror;
        redraw();
    }

    /** Image pixels of a point on the canvas, or null outside the picture. */
    double[] toImage(double canvasX, double canvasY) {
        if (fit == null || fit.scale() <= 0) {
            return null;
        }
        double x = (canvasX - fit.offsetX()) / fit.scale();
        double y = (canvasY - fit.offsetY()) / fit.scale();
        if (mirrored) {
            x = fit.imageWidth() - x;
        }
        if (x < 0 || y < 0 || x > fit.imageWidth() || y > fit.imageHeight()) {
            return null;
        }
        return new double[] {x, y};
    }

    /** Canvas position of an image point (for tests that click on a joint). */
    double[] toCanvas(double imageX, double imageY) {
        return fit == null ? null : new double[] {fit.x(imageX), fit.y(imageY)};
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#111418"));
        g.fillRect(0, 0, w, h);
        if (image == null) {
            fit = null;
            return;
        }
        fit = ImageFit.of((int) image.getWidth(), (int) image.getHeight(), w, h, mirrored);
        if (mirrored) {
            g.save();
            g.translate(fit.offsetX() + fit.width(), fit.offsetY());
            g.scale(-1, 1);
            g.drawImage(image, 0, 0, fit.width(), fit.height());
            g.restore();
        } else {
            g.drawImage(image, fit.offsetX(), fit.offsetY(), fit.width(), fit.height());
        }
        double thickness = Math.max(2.5, fit.height() / 130);
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
            g.fillOval(fit.x(p.x()) - r, fit.y(p.y()) - r, 2 * r, 2 * r);
        }
        Font font = Font.font("System", FontWeight.BOLD, Math.max(13, fit.height() / 30));
        for (Overlay.Label label : overlay.labels()) {
            tag(g, label.text(), fit.x(label.x()) + 2.5 * r, fit.y(label.y()) - 2.5 * r, font, Palette.of(label.tone()));
        }
        Color measure = Color.web("#ffe04d");
        g.setStroke(measure);
        g.setFill(measure);
        g.setLineWidth(2);
        for (Mark m : marks) {
            g.strokeLine(fit.x(m.x1()), fit.y(m.y1()), fit.x(m.x2()), fit.y(m.y2()));
            g.fillOval(fit.x(m.x1()) - 4, fit.y(m.y1()) - 4, 8, 8);
            g.fillOval(fit.x(m.x2()) - 4, fit.y(m.y2()) - 4, 8, 8);
            if (!m.text().isEmpty()) {
                tag(g, m.text(), (fit.x(m.x1()) + fit.x(m.x2())) / 2 + 8, (fit.y(m.y1()) + fit.y(m.y2())) / 2, font,
                        measure);
            }
        }
        g.setFill(measure);
        for (double[] p : pending) {
            g.fillOval(fit.x(p[0]) - 5, fit.y(p[1]) - 5, 10, 10);
        }
        if (!caption.isEmpty()) {
            tag(g, caption, fit.offsetX() + 12, fit.offsetY() + 20, Font.font("System", FontWeight.BOLD, 15),
                    Color.WHITE);
        }
    }

    private static void tag(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        Text measureText = new Text(text);
        measureText.setFont(font);
        double tw = measureText.getLayoutBounds().getWidth();
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
