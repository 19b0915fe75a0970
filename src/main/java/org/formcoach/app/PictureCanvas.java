package org.formcoach.app;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
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
        fit = OverlayPainter.picture(g, image, canvas.getWidth(), canvas.getHeight(), mirrored);
        if (fit == null) {
            return;
        }
        double thickness = Math.max(2.5, fit.height() / 130);
        OverlayPainter.skeleton(g, overlay, fit, thickness, false, Math.max(13, fit.height() / 30));
        Font font = Font.font("System", FontWeight.BOLD, Math.max(13, fit.height() / 30));
        Color measure = Color.web("#ffe04d");
        g.setStroke(measure);
        g.setFill(measure);
        g.setLineWidth(2);
        for (Mark m : marks) {
            g.strokeLine(fit.x(m.x1()), fit.y(m.y1()), fit.x(m.x2()), fit.y(m.y2()));
            g.fillOval(fit.x(m.x1()) - 4, fit.y(m.y1()) - 4, 8, 8);
            g.fillOval(fit.x(m.x2()) - 4, fit.y(m.y2()) - 4, 8, 8);
            if (!m.text().isEmpty()) {
                OverlayPainter.tag(g, m.text(), (fit.x(m.x1()) + fit.x(m.x2())) / 2 + 8,
                        (fit.y(m.y1()) + fit.y(m.y2())) / 2, font, measure);
            }
        }
        g.setFill(measure);
        for (double[] p : pending) {
            g.fillOval(fit.x(p[0]) - 5, fit.y(p[1]) - 5, 10, 10);
        }
        if (!caption.isEmpty()) {
            OverlayPainter.tag(g, caption, fit.offsetX() + 12, fit.offsetY() + 20,
                    Font.font("System", FontWeight.BOLD, 15), Color.WHITE);
        }
    }
}
