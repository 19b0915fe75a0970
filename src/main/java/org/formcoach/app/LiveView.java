package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.ImageFit;
import org.formcoach.app.model.Overlay;
import org.formcoach.app.model.Tone;

/**
 * The camera image with the skeleton drawn over it, the cue banner on top, the positioning guide
 * in the middle when needed and the fps/latency readout in a corner. Mirroring is applied when
 * drawing: the image is flipped by the canvas transform, every overlay point goes through the same
 * {@link ImageFit}, and text is drawn unflipped.
 */
final class LiveView extends StackPane {

    private final Canvas canvas = new Canvas();
    private final Label banner = new Label();
    private final Label guide = new Label();
    private final Label readout = new Label();
    private Rendered shown;
    private boolean mirrored = true;
    /** Words that stand in the banner over the picture instead of the frames' own (paused, ended), or null. */
    private String notice;
    private Tone noticeTone = Tone.INFO;

    LiveView() {
        getStyleClass().add("live-view");
        Pane canvasHolder = new Pane(canvas);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> redraw());
        canvas.heightProperty().addListener((o, a, b) -> redraw());
        canvasHolder.setMinSize(0, 0);

        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);

        guide.setId("guide");
        guide.getStyleClass().add("guide");
        guide.setWrapText(true);
        guide.setVisible(false);
        StackPane.setAlignment(guide, Pos.BOTTOM_CENTER);

        readout.setId("readout");
        readout.getStyleClass().add("readout");
        StackPane.setAlignment(readout, Pos.BOTTOM_RIGHT);

        getChildren().addAll(canvasHolder, banner, guide, readout);
        setMinSize(320, 240);
    }

    void setMirrored(boolean mirrored) {
        this.mirrored = mirrored;
        redraw();
    }

    boolean mirrored() {
        return mirrored;
    }

    void show(Rendered rendered) {
        shown = rendered;
        CoachView view = rendered.view();
        setBanner(notice != null ? notice : view.banner(), notice != null ? noticeTone : view.bannerTone());
        guide.setText(view.guide());
        guide.setVisible(!view.guide().isEmpty());
        readout.setText(view.readout());
        readout.setVisible(!view.readout().isEmpty());
        redraw();
    }

    /**
     * Keeps the picture and shows {@code text} in the banner instead of the frames' words until
     * {@link #clearNotice()} (paused, the video ended).
     */
    void showNotice(String text, Tone tone) {
        notice = text;
        noticeTone = tone;
        setBanner(text, tone);
    }

    /** The frames' own words in the banner again, from the next frame on. */
    void clearNotice() {
        if (notice != null) {
            notice = null;
            if (shown != null) {
                setBanner(shown.view().banner(), shown.view().bannerTone());
            }
        }
    }

    private void setBanner(String text, Tone tone) {
        banner.setText(text);
        banner.getStyleClass().removeIf(c -> c.startsWith("tone-"));
        banner.getStyleClass().add(Palette.styleClass(tone));
    }

    /** Clears the picture and shows {@code message} in the banner (before the first frame). */
    void showMessage(String message, Tone tone) {
        shown = null;
        notice = null;
        setBanner(message, tone);
        guide.setVisible(false);
        readout.setText("");
        readout.setVisible(false);
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#111418"));
        g.fillRect(0, 0, w, h);
        if (shown == null || shown.image() == null) {
            return;
        }
        Image image = shown.image();
        ImageFit fit = ImageFit.of((int) image.getWidth(), (int) image.getHeight(), w, h, mirrored);
        if (mirrored) {
            g.save();
            g.translate(fit.offsetX() + fit.width(), fit.offsetY());
            g.scale(-1, 1);
            g.drawImage(image, 0, 0, fit.width(), fit.height());
            g.restore();
        } else {
            g.drawImage(image, fit.offsetX(), fit.offsetY(), fit.width(), fit.height());
        }
        drawOverlay(g, shown.view().overlay(), fit);
    }

    private static void drawOverlay(GraphicsContext g, Overlay overlay, ImageFit fit) {
        double thickness = Math.max(3, fit.height() / 120);
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
            if (!p.faded()) {
                g.setStroke(Color.web("#111418"));
                g.setLineWidth(1.5);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        g.setFont(Font.font("System", FontWeight.BOLD, Math.max(14, fit.height() / 28)));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Overlay.Label label : overlay.labels()) {
            double x = fit.x(label.x()) + 2.5 * r;
            double y = fit.y(label.y()) - 2.5 * r;
            double tw = label.text().length() * g.getFont().getSize() * 0.62;
            double th = g.getFont().getSize() * 1.4;
            g.setFill(Color.color(0, 0, 0, 0.65));
            g.fillRoundRect(x - 6, y - th / 2, tw + 12, th, 10, 10);
            g.setFill(Palette.of(label.tone()));
            g.fillText(label.text(), x, y);
        }
    }
}
