package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.ImageFit;
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
        ImageFit fit = OverlayPainter.picture(g, shown == null ? null : shown.image(), canvas.getWidth(),
                canvas.getHeight(), mirrored);
        if (fit != null) {
            OverlayPainter.skeleton(g, shown.view().overlay(), fit, Math.max(3, fit.height() / 120), true,
                    Math.max(14, fit.height() / 28));
        }
    }
}
