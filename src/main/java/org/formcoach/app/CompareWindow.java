package org.formcoach.app;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.formcoach.compare.Comparison;
import org.formcoach.recording.TrackFrame;
import org.formcoach.recording.Tracks;
import org.formcoach.report.FrameRenderer;
import org.formcoach.report.HtmlReport;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;
import org.opencv.core.Mat;

/**
 * The demonstration and an attempt side by side, in step: the demonstration's rep plays in its own
 * time and the attempt's frames follow it through the alignment, both with their skeletons and
 * angles; below, the rep's differences per phase, with the phase on screen marked.
 */
public final class CompareWindow {

    /** Decoded frames to pictures, on the JavaFX thread that shows them (its buffers are reused). */
    private final FrameImages frameImages = new FrameImages();

    private final Stage stage;
    private final Comparison.Result result;
    private final ReviewMedia reference;
    private final ReviewMedia attempt;
    private final Exercise exercise;
    private final PictureCanvas left = new PictureCanvas();
    private final PictureCanvas right = new PictureCanvas();
    private final ComboBox<Comparison.RepComparison> repPicker = new ComboBox<>();
    private final Slider slider = new Slider();
    private final Button play = new Button("▶");
    private final ComboBox<Double> speed = SpeedPicker.create("compare-speed", 0.5);
    private final ToggleButton mirror = new ToggleButton("Mirror");
    private final Label position = new Label();
    private final Label message = new Label();
    private final GridPane table = new GridPane();
    private final Scene scene;
    private final AnimationTimer timer;
    private Comparison.RepComparison rep;
    private int at;
    private boolean playing;
    private long lastTick = -1;
    private double playT;
    private boolean updating;
    private ReportDialog.Asker reportDialog = ReportDialog::ask;

    public CompareWindow(Stage stage, Comparison.Result result, ReviewMedia reference, ReviewMedia attempt,
            Exercise exercise) {
        this.stage = stage;
        this.result = result;
        this.reference = reference;
        this.attempt = attempt;
        this.exercise = exercise;
        this.rep = result.reps().isEmpty() ? null : result.reps().get(0);
        this.scene = new Scene(layout(), 1280, 720);  // fits a 1366 × 768 screen
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setTitle("FormCoach — " + result.exerciseName() + ": attempt against demonstration");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
        selectRep(rep);
    }

    private BorderPane layout() {
        repPicker.setId("compare-rep");
        repPicker.getItems().setAll(result.reps());
        repPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Comparison.RepComparison c) {
                return c == null ? "" : "Attempt rep " + c.attemptRep() + (c.counted() ? "" : " (not counted)")
                        + (c.faults().isEmpty() ? "" : ": " + String.join(", ", c.faults()));
            }

            @Override
            public Comparison.RepComparison fromString(String s) {
                return null;
            }
        });
        repPicker.setValue(rep);
        repPicker.setPrefWidth(320);
        repPicker.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                selectRep(b);
            }
        });
        Button back = new Button("◀|");
        back.setId("compare-step-back");
        back.setOnAction(e -> step(-1));
        Button forward = new Button("|▶");
        forward.setId("compare-step-forward");
        forward.setOnAction(e -> step(1));
        play.setId("compare-play");
        play.getStyleClass().add("primary");
        play.setOnAction(e -> togglePlay());
        mirror.setId("compare-mirror");
        mirror.selectedProperty().addListener((o, a, b) -> render());
        Button report = new Button("Report…");
        report.setId("compare-report");
        report.setTooltip(new javafx.scene.control.Tooltip("A PDF or HTML report of the differences, with both"
                + " pictures at each phase and your notes"));
        report.setOnAction(e -> report());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, repPicker, back, play, forward, speed, spacer, mirror, report);
        toolbar.getStyleClass().add("toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label leftTitle = new Label("Demonstration: " + result.reference() + ", rep " + result.referenceRep());
        Label rightTitle = new Label("Attempt: " + result.attempt());
        leftTitle.getStyleClass().add("caption");
        rightTitle.getStyleClass().add("caption");
        VBox l = new VBox(4, leftTitle, left);
        VBox r = new VBox(4, rightTitle, right);
        VBox.setVgrow(left, Priority.ALWAYS);
        VBox.setVgrow(right, Priority.ALWAYS);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        l.setPrefWidth(600);
        r.setPrefWidth(600);
        left.setId("compare-reference");
        right.setId("compare-attempt");
        HBox pictures = new HBox(8, l, r);
        pictures.setPadding(new Insets(8));

        slider.setId("compare-slider");
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                at = (int) Math.round(b.doubleValue());
                playing = false;
                render();
            }
        });
        position.setId("compare-position");
        message.setId("compare-message");
        message.getStyleClass().add("caption");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusLine = new HBox(10, position, gap, message);
        table.setId("compare-table");
        table.setHgap(14);
        table.setVgap(2);
        VBox bottom = new VBox(4, slider, statusLine, table);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        bottom.getStyleClass().add("status-bar");
        return new BorderPane(pictures, toolbar, null, bottom, null);
    }

    private void selectRep(Comparison.RepComparison c) {
        rep = c;
        at = 0;
        playing = false;
        updating = true;
        try {
            slider.setMin(0);
            slider.setMax(c == null ? 1 : Math.max(1, c.referenceFrames().length - 1));
        } finally {
            updating = false;
        }
        fillTable();
        render();
    }

    private void fillTable() {
        table.getChildren().clear();
        if (rep == null) {
            return;
        }
        table.add(header("Phase"), 0, 0);
        for (int k = 0; k < result.signals().size(); k++) {
            table.add(header(result.signals().get(k) + " (demo → attempt)"), k + 1, 0);
        }
        table.add(header("Broken only in the attempt"), result.signals().size() + 1, 0);
        int row = 1;
        for (Comparison.PhaseDiff d : rep.diffs()) {
            Label phase = new Label(d.phase().label());
            phase.setId("compare-phase-" + d.phase().name().toLowerCase(Locale.ROOT));
            table.add(phase, 0, row);
            int k = 1;
            for (Comparison.SignalDiff s : d.signals()) {
                Label v = new Label(String.format(Locale.ROOT, "%.0f° → %.0f° (%+.0f°)", s.reference(), s.attempt(),
                        s.meanDiff()));
                if (Math.abs(s.meanDiff()) >= 10) {
                    v.setStyle("-fx-text-fill: #f39c12; -fx-font-weight: bold;");
                }
                table.add(v, k++, row);
            }
            table.add(new Label(d.brokenOnlyByAttempt().isEmpty() ? "—" : String.join(", ", d.brokenOnlyByAttempt())),
                    result.signals().size() + 1, row);
            row++;
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    private void step(int by) {
        if (rep == null) {
            return;
        }
        playing = false;
        at = Math.max(0, Math.min(rep.referenceFrames().length - 1, at + by));
        render();
    }

    private void togglePlay() {
        if (rep == null) {
            return;
        }
        if (!playing && at >= rep.referenceFrames().length - 1) {
            at = 0;
        }
        playing = !playing;
        playT = reference.track().get(rep.referenceFrames()[at]).t();
        lastTick = -1;
        render();
    }

    private void tick(long now) {
        if (!playing || rep == null) {
            return;
        }
        if (lastTick < 0) {
            lastTick = now;
            return;
        }
        playT += (now - lastTick) / 1e9 * speed.getValue();
        lastTick = now;
        int next = at;
        int[] frames = rep.referenceFrames();
        while (next + 1 < frames.length && reference.track().get(frames[next + 1]).t() <= playT) {
            next++;
        }
        if (next == frames.length - 1) {
            playing = false;
        }
        if (next != at || !playing) {
            at = next;
            render();
        }
    }

    private void render() {
        if (rep == null) {
            return;
        }
        updating = true;
        try {
            int refFrame = rep.referenceFrames()[at];
            int attFrame = rep.warped()[at];
            boolean m = mirror.isSelected();
            left.show(image(reference, refFrame), overlay(reference, refFrame), List.of(), List.of(),
                    String.format(Locale.ROOT, "%.2f s", reference.track().get(refFrame).t()), m);
            right.show(image(attempt, attFrame), overlay(attempt, attFrame), List.of(), List.of(),
                    String.format(Locale.ROOT, "%.2f s", attempt.track().get(attFrame).t()), m);
            slider.setValue(at);
            play.setText(playing ? "⏸" : "▶");
            Comparison.Phase phase = rep.phases()[at];
            position.setText(String.format(Locale.ROOT, "%s · demonstration frame %d, attempt frame %d",
                    phase.label(), refFrame + 1, attFrame + 1));
            for (Comparison.Phase p : Comparison.Phase.values()) {
                javafx.scene.Node n = table.lookup("#compare-phase-" + p.name().toLowerCase(Locale.ROOT));
                if (n != null) {
                    n.setStyle(p == phase ? "-fx-text-fill: #2e86de; -fx-font-weight: bold;" : "");
                }
            }
        } finally {
            updating = false;
        }
    }

    private Image image(ReviewMedia media, int frame) {
        Mat bgr = media.frames().decode(frame);
        try {
            return frameImages.toFxImage(bgr);
        } finally {
            bgr.release();
        }
    }

    private org.formcoach.app.model.Overlay overlay(ReviewMedia media, int frame) {
        TrackFrame line = media.track().get(frame);
        return FrameRenderer.overlay(Tracks.pose(line, media.width(), media.height()), Tracks.form(line), exercise);
    }

    private void report() {
        String title = result.attempt() + "-against-" + result.reference();
        reportDialog.ask(stage, title, null).ifPresent(choice -> ReportDialog.write(choice,
                notes -> HtmlReport.comparison(result, reference, attempt, exercise, notes), message::setText));
    }

    /** Answers the report dialog with {@code answer} instead of asking (tests). */
    void answerReportDialog(ReportDialog.Asker answer) {
        this.reportDialog = answer;
    }

    /** What the status line says (the report's progress). */
    String message() {
        return message.getText();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> togglePlay();
            case RIGHT -> step(e.isShiftDown() ? 10 : 1);
            case LEFT -> step(e.isShiftDown() ? -10 : -1);
            case M -> mirror.setSelected(!mirror.isSelected());
            default -> {
                return;
            }
        }
        e.consume();
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

    /** The position in the demonstration's rep (for tests). */
    int position() {
        return at;
    }

    /** Opens the comparison in a window of its own and blocks until it is closed. */
    public static void run(Comparison.Result result, ReviewMedia reference, ReviewMedia attempt, Exercise exercise)
            throws InterruptedException {
        CoachApp.runWindow(() -> {
            CompareWindow w = new CompareWindow(new Stage(), result, reference, attempt, exercise);
            w.show();
            return w.stage();
        });
    }
}
