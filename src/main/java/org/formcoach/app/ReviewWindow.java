package org.formcoach.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.formcoach.io.OutputException;
import org.formcoach.report.HtmlReport;
import org.formcoach.review.ReviewModel;
import org.formcoach.review.Timeline;
import org.opencv.core.Mat;

/**
 * The review window: a recording or video frame by frame, with the coach's skeleton and angles on
 * every frame, playback at 0.25×–2×, a seek bar showing reps, holds and cues, the angle and
 * distance tools, and exports of the frame (PNG) and of a clip (MP4). It draws a
 * {@link ReviewModel}, which does the work.
 */
public final class ReviewWindow {

    /** Decoded frames to pictures, on the JavaFX thread that shows them (its buffers are reused). */
    private final FrameImages frameImages = new FrameImages();

    private final Stage stage;
    private final ReviewModel model;
    private final PictureCanvas picture = new PictureCanvas();
    private final Canvas timeline = new Canvas(400, 22);
    private final Slider slider = new Slider();
    private final Button play = new Button("▶");
    private final Label position = new Label();
    private final Label message = new Label();
    private final ComboBox<Double> speed = SpeedPicker.create("review-speed", 1.0);
    private final ToggleButton mirror = new ToggleButton("Mirror");
    private final ToggleButton angle = new ToggleButton("Angle");
    private final ToggleButton distance = new ToggleButton("Distance");
    private final ToggleButton calibrate = new ToggleButton("Calibrate");
    private final TextField knownLength = new TextField("100");
    private final ListView<Timeline.Mark> marks = new ListView<>();
    private final Scene scene;
    private final AnimationTimer timer;
    private int shownIndex = -1;
    private Image shownImage;
    private boolean updating;
    private ReportDialog.Asker reportDialog = ReportDialog::ask;

    public ReviewWindow(Stage stage, ReviewModel model) {
        this.stage = stage;
        this.model = model;
        this.scene = new Scene(layout(), 1280, 720);  // fits a 1366 × 768 screen
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle("FormCoach review — " + model.media().title());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        model.addListener(m -> render());
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        render();
    }

    private BorderPane layout() {
        Button back = new Button("◀|");
        back.setId("review-step-back");
        back.setTooltip(new Tooltip("One frame back (Left; Shift+Left: 10)"));
        back.setOnAction(e -> model.step(-1));
        Button forward = new Button("|▶");
        forward.setId("review-step-forward");
        forward.setTooltip(new Tooltip("One frame forward (Right; Shift+Right: 10)"));
        forward.setOnAction(e -> model.step(1));
        play.setId("review-play");
        play.getStyleClass().add("primary");
        play.setOnAction(e -> model.togglePlay());
        speed.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setSpeed(b);
            }
        });
        mirror.setId("review-mirror");
        mirror.setTooltip(new Tooltip("Flip left and right (M); recordings play as filmed"));
        mirror.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setMirrored(b);
            }
        });
        ToggleGroup tools = new ToggleGroup();
        for (ToggleButton t : List.of(angle, distance, calibrate)) {
            t.setToggleGroup(tools);
        }
        angle.setId("review-angle");
        angle.setTooltip(new Tooltip("Click three points: the angle at the second (A)"));
        distance.setId("review-distance");
        distance.setTooltip(new Tooltip("Click two points: their distance (cm once calibrated)"));
        calibrate.setId("review-calibrate");
        calibrate.setTooltip(new Tooltip("Click both ends of something whose length you know"));
        knownLength.setId("review-known-length");
        knownLength.setPrefColumnCount(4);
        knownLength.setTooltip(new Tooltip("The known length for Calibrate, in cm"));
        tools.selectedToggleProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            if (b == calibrate) {
                applyKnownLength();
            }
            model.setTool(b == angle ? ReviewModel.Tool.ANGLE : b == distance ? ReviewModel.Tool.DISTANCE
                    : b == calibrate ? ReviewModel.Tool.CALIBRATE : ReviewModel.Tool.NONE);
        });
        Button clear = new Button("Clear");
        clear.setId("review-clear");
        clear.setOnAction(e -> model.clearMeasures());
        Button png = new Button("Save frame…");
        png.setId("review-export-frame");
        png.setOnAction(e -> exportFrame());
        Button in = new Button("In");
        in.setTooltip(new Tooltip("The clip starts at this frame (I)"));
        in.setOnAction(e -> model.markIn());
        Button out = new Button("Out");
        out.setTooltip(new Tooltip("The clip ends at this frame (O)"));
        out.setOnAction(e -> model.markOut());
        Button clip = new Button("Save clip…");
        clip.setId("review-export-clip");
        clip.setOnAction(e -> exportClip());
        Button report = new Button("Report…");
        report.setId("review-report");
        report.setTooltip(new Tooltip("A PDF or HTML report: the bottom of each rep, angles over time, faults,"
                + " holds and your notes"));
        report.setOnAction(e -> report());
        Label cm = new Label("cm");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, back, play, forward, speed, mirror, spacer, angle, distance, calibrate, knownLength,
                cm, clear, png, in, out, clip, report);
        toolbar.getStyleClass().add("toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : toolbar.getChildren()) {
            if (n instanceof Region r && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        picture.setId("review-picture");
        picture.canvas().setOnMouseClicked(e -> {
            double[] p = picture.toImage(e.getX(), e.getY());
            if (p != null) {
                model.click(p[0], p[1]);
            }
        });

        slider.setId("review-slider");
        slider.setMin(0);
        slider.setMax(Math.max(1, model.frameCount() - 1));
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.seek((int) Math.round(b.doubleValue()));
            }
        });
        timeline.setId("review-timeline");
        Pane timelineHolder = new Pane(timeline);
        timeline.widthProperty().bind(timelineHolder.widthProperty());
        timeline.widthProperty().addListener((o, a, b) -> drawTimeline());
        timelineHolder.setMinHeight(22);
        timelineHolder.setPrefHeight(22);
        timeline.setOnMouseClicked(e -> model.seek(frameAtTimeline(e.getX())));
        position.setId("review-position");
        message.setId("review-message");
        message.getStyleClass().add("caption");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(10, position, gap, message);
        VBox bottom = new VBox(4, timelineHolder, slider, statusBar);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        bottom.getStyleClass().add("status-bar");

        marks.setId("review-marks");
        marks.getItems().setAll(model.marks());
        marks.setPrefWidth(300);
        marks.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.step(0);
                model.seek(b.frame());
            }
        });
        Label heading = new Label("Reps, holds and cues");
        heading.getStyleClass().add("caption");
        VBox side = new VBox(6, heading, marks);
        VBox.setVgrow(marks, Priority.ALWAYS);
        if (model.media().patient() != null && !model.media().patient().isBlank()) {
            Label patient = new Label("Patient: " + model.media().patient());
            patient.setId("review-patient");
            side.getChildren().add(0, patient);
        }
        if (model.media().notes() != null && !model.media().notes().isBlank()) {
            Label notes = new Label("Notes: " + model.media().notes());
            notes.setWrapText(true);
            notes.setMaxWidth(300);
            side.getChildren().add(notes);
        }
        side.setPadding(new Insets(10));

        return new BorderPane(picture, toolbar, side, bottom, null);
    }

    private void applyKnownLength() {
        try {
            model.setCalibrationLength(Double.parseDouble(knownLength.getText().strip().replace(',', '.')));
        } catch (IllegalArgumentException e) {
            knownLength.setText("100");
            model.setCalibrationLength(100);
        }
    }

    private int frameAtTimeline(double x) {
        double w = Math.max(1, timeline.getWidth());
        return (int) Math.round(x / w * (model.frameCount() - 1));
    }

    private void render() {
        updating = true;
        try {
            int i = model.index();
            if (i != shownIndex) {
                Mat bgr = model.media().frames().decode(i);
                try {
                    shownImage = frameImages.toFxImage(bgr);
                } finally {
                    bgr.release();
                }
                shownIndex = i;
            }
            List<PictureCanvas.Mark> lines = new ArrayList<>();
            for (var l : model.measureLines()) {
                lines.add(new PictureCanvas.Mark(l.x1(), l.y1(), l.x2(), l.y2(), l.text()));
            }
            List<double[]> clicks = model.pending().stream().map(p -> new double[] {p.x(), p.y()}).toList();
            picture.show(shownImage, model.overlay(), lines, clicks, null, model.mirrored());
            slider.setValue(i);
            play.setText(model.playing() ? "⏸" : "▶");
            speed.setValue(model.speed());
            mirror.setSelected(model.mirrored());
            if (model.tool() == ReviewModel.Tool.DISTANCE && !distance.isSelected()) {
                distance.setSelected(true);  // after calibrating, the distance tool
            }
            position.setText(model.position());
            message.setText(model.message());
            drawTimeline();
        } finally {
            updating = false;
        }
    }

    private void drawTimeline() {
        GraphicsContext g = timeline.getGraphicsContext2D();
        double w = timeline.getWidth();
        double h = timeline.getHeight();
        g.setFill(Color.web("#1d242d"));
        g.fillRect(0, 0, w, h);
        int n = Math.max(1, model.frameCount() - 1);
        g.setFill(Color.web("#2e86de", 0.35));
        g.fillRect(model.in() * w / n, 0, Math.max(2, (model.out() - model.in()) * w / n), h);
        for (Timeline.Mark m : model.marks()) {
            double x = m.frame() * w / n;
            Color c = switch (m.kind()) {
                case REP -> m.fault() ? Palette.WARNING : Palette.GOOD;
                case HOLD -> Palette.INFO;
                case CUE -> m.fault() ? Palette.ERROR : Color.web("#8b98a8");
            };
            g.setFill(c);
            double top = m.kind() == Timeline.Kind.REP ? 0 : h / 2;
            g.fillRect(x - 1.5, top, 3, h / 2);
        }
        g.setFill(Color.WHITE);
        g.fillRect(model.index() * w / n - 1, 0, 2, h);
    }

    private void exportFrame() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save this frame as a picture");
        chooser.setInitialFileName(String.format("frame-%04d.png", model.index() + 1));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                model.exportFrame(file.toPath());
            } catch (OutputException e) {
                model.say(e.getMessage());
            }
        }
    }

    private void exportClip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the clip from In to Out as a video");
        chooser.setInitialFileName("clip.mp4");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 videos", "*.mp4"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                model.exportClip(file.toPath());
            } catch (OutputException e) {
                model.say(e.getMessage());
            }
        }
    }

    private void report() {
        reportDialog.ask(stage, model.media().title(), model.media().notes()).ifPresent(choice ->
                ReportDialog.write(choice, notes -> HtmlReport.recording(model.media(), model.exercise(), notes),
                        model::say));
    }

    /** Answers the report dialog with {@code answer} instead of asking (tests). */
    void answerReportDialog(ReportDialog.Asker answer) {
        this.reportDialog = answer;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        KeyCode code = e.getCode();
        int by = e.isShiftDown() ? 10 : 1;
        boolean handled = true;
        switch (code) {
            case SPACE, K -> model.togglePlay();
            case RIGHT, PERIOD -> model.step(by);
            case LEFT, COMMA -> model.step(-by);
            case HOME -> model.seek(0);
            case END -> model.seek(model.frameCount() - 1);
            case M -> model.setMirrored(!model.mirrored());
            case A -> angle.setSelected(!angle.isSelected());
            case I -> model.markIn();
            case O -> model.markOut();
            case ESCAPE -> {
                angle.getToggleGroup().selectToggle(null);
                model.clearMeasures();
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    public void show() {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> timer.stop());
        stage.show();
        timer.start();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public ReviewModel model() {
        return model;
    }

    /** Canvas coordinates of an image point, relative to the picture (for tests). */
    double[] canvasPoint(double imageX, double imageY) {
        return picture.toCanvas(imageX, imageY);
    }

    PictureCanvas picture() {
        return picture;
    }

    /** Opens the review of {@code model} in a window of its own and blocks until it is closed. */
    public static void run(ReviewModel model) throws InterruptedException {
        CoachApp.runWindow(() -> {
            ReviewWindow w = new ReviewWindow(new Stage(), model);
            w.show();
            return w.stage();
        });
    }
}
