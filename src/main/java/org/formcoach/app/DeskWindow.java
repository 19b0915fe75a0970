package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.formcoach.app.model.DeskWatchModel;
import org.formcoach.app.model.SessionController;

/**
 * Desk mode's compact, always-on-top window: posture status, the latest nudge, and the office-reset
 * reminder with "Start" and "Snooze". The posture watch itself runs in the main window's pipeline.
 * When the camera cannot be opened it says so, with "Open a video…" and "Try again", as the main
 * window does. Its words wrap and the window grows to hold them.
 */
final class DeskWindow {

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final Label headline = new Label();
    private final Label nudge = new Label();
    private final Label next = new Label();
    private final HBox reminderButtons;
    private final HBox problemButtons;
    private DeskWatchModel model;
    private SessionController.Problem problem;

    /**
     * @param openVideo   opens a video instead of the camera
     * @param retry       tries the camera again
     */
    DeskWindow(Runnable startReset, Runnable backToCoach, Runnable openVideo, Runnable retry) {
        headline.setId("desk-headline");
        headline.getStyleClass().add("desk-headline");
        headline.setWrapText(true);
        nudge.setId("desk-nudge");
        nudge.getStyleClass().add("desk-nudge");
        nudge.setWrapText(true);
        next.getStyleClass().add("hint");
        Button start = new Button("Start the office reset");
        start.setOnAction(e -> {
            model.resetDone();
            startReset.run();
        });
        Button snooze = new Button("Snooze 10 min");
        snooze.setOnAction(e -> {
            model.snooze(DeskWatchModel.DEFAULT_SNOOZE);
            refresh();
        });
        reminderButtons = new HBox(8, start, snooze);
        Button open = new Button("Open a video…");
        open.setId("desk-open-video");
        open.setOnAction(e -> openVideo.run());
        Button retryButton = new Button("Try again");
        retryButton.setId("desk-try-again");
        retryButton.setOnAction(e -> retry.run());
        problemButtons = new HBox(8, open, retryButton);
        Button back = new Button("Open the coach");
        back.setOnAction(e -> backToCoach.run());
        VBox root = new VBox(8, headline, nudge, next, reminderButtons, problemButtons, back);
        root.getStyleClass().add("desk-window");
        root.setAlignment(Pos.TOP_LEFT);
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("FormCoach — desk mode");
        stage.setAlwaysOnTop(true);
        stage.setOnCloseRequest(e -> backToCoach.run());
    }

    static final double WIDTH = 360;

    void show(DeskWatchModel watching) {
        this.model = watching;
        refresh();
        stage.show();
    }

    void hide() {
        stage.hide();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    /** Why the posture cannot be watched (no camera, the camera is busy), or null when it can. */
    void setProblem(SessionController.Problem p) {
        SessionController.Problem shown = p != null && p.sourceProblem() ? p : null;
        if (!java.util.Objects.equals(shown, problem)) {
            problem = shown;
            refresh();
        }
    }

    /** Updates the words from the model; called about once a second and on every nudge. */
    void refresh() {
        if (model == null) {
            return;
        }
        DeskWatchModel.Status s = model.status();
        boolean blocked = problem != null;
        headline.setText(blocked ? problem.heading() : s.headline());
        nudge.setText(blocked ? problem.detail() : s.nudge());
        nudge.getStyleClass().setAll("label", blocked ? "desk-detail" : "desk-nudge");
        next.setText(s.resetDue() || blocked ? "" : "Office reset in " + s.minutesToReset() + " min");
        show(next, !next.getText().isEmpty());
        show(nudge, !nudge.getText().isEmpty());
        show(reminderButtons, s.resetDue() && !blocked);
        show(problemButtons, blocked);
        javafx.scene.Parent root = stage.getScene().getRoot();
        if (stage.isShowing() && Math.abs(stage.getScene().getHeight() - root.prefHeight(WIDTH)) > 0.5) {
            stage.sizeToScene();  // the window grows with its words, never cuts them
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    Stage stage() {
        return stage;
    }
}
