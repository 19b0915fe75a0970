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

/**
 * Desk mode's compact, always-on-top window: posture status, the latest nudge, and the office-reset
 * reminder with "Start" and "Snooze". The posture watch itself runs in the main window's pipeline.
 */
final class DeskWindow {

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final Label headline = new Label();
    private final Label nudge = new Label();
    private final Label next = new Label();
    private final HBox reminderButtons;
    private DeskWatchModel model;

    DeskWindow(Runnable startReset, Runnable backToCoach) {
        headline.setId("desk-headline");
        headline.getStyleClass().add("desk-headline");
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
        Button back = new Button("Open the coach");
        back.setOnAction(e -> backToCoach.run());
        VBox root = new VBox(8, headline, nudge, next, reminderButtons, back);
        root.getStyleClass().add("desk-window");
        root.setAlignment(Pos.TOP_LEFT);
        Scene scene = new Scene(root, 340, 190);
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("FormCoach — desk mode");
        stage.setAlwaysOnTop(true);
        stage.setOnCloseRequest(e -> backToCoach.run());
    }

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

    /** Updates the words from the model; called about once a second and on every nudge. */
    void refresh() {
        if (model == null) {
            return;
        }
        DeskWatchModel.Status s = model.status();
        headline.setText(s.headline());
        nudge.setText(s.nudge());
        next.setText(s.resetDue() ? "" : "Office reset in " + s.minutesToReset() + " min");
        reminderButtons.setVisible(s.resetDue());
        reminderButtons.setManaged(s.resetDue());
    }
}
