package org.formcoach.app;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.formcoach.app.model.RedFlagScreening;
import org.formcoach.routine.RedFlag;

/**
 * The red-flag questions, over the video area, in the programme's order: after the head-rotation
 * pain assessment, first what was felt during it, then the other red flags; or after "I have a
 * symptom". Continue is possible only when every question is answered; a "yes" replaces the
 * questions with the advice to contact a healthcare provider (or emergency care) and coaching stays
 * off.
 */
final class SafetyPanel extends VBox {

    private final Label heading = new Label("Before you start: a few safety questions");
    private final GridPane questions = new GridPane();
    private final Label result = new Label();
    private final Button done = new Button("Continue");
    private RedFlagScreening screening;
    private Consumer<RedFlagScreening> onDone;

    SafetyPanel() {
        setId("safety");
        getStyleClass().add("message-panel");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        questions.setHgap(16);
        questions.setVgap(8);
        result.setId("safety-result");
        result.getStyleClass().add("panel-detail");
        result.setWrapText(true);
        done.setId("safety-continue");
        done.setDefaultButton(true);
        done.setOnAction(e -> finish());
        HBox buttons = new HBox(12, done);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(heading, questions, result, buttons);
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxSize(760, Region.USE_PREF_SIZE);
        setVisible(false);
    }

    void ask(RedFlagScreening fresh, Consumer<RedFlagScreening> whenDone) {
        this.screening = fresh;
        this.onDone = whenDone;
        heading.getStyleClass().setAll("label", "panel-heading");
        questions.getChildren().clear();
        questions.setVisible(true);
        questions.setManaged(true);
        heading.setText(fresh.heading());
        int row = 0;
        boolean grouped = !fresh.duringMovement().isEmpty() && !fresh.anyTime().isEmpty();
        if (fresh.reason() == RedFlagScreening.Reason.SYMPTOM) {
            questions.add(group("Any \"yes\" stops coaching; with every answer \"no\" your session stays paused"
                    + " where it was."), 0, row++, 3, 1);
        }
        for (RedFlag flag : fresh.questions()) {
            if (grouped && flag == fresh.duringMovement().get(0)) {
                questions.add(group("About the head rotation you just did:"), 0, row++, 3, 1);
            } else if (grouped && flag == fresh.anyTime().get(0)) {
                questions.add(group("And in general:"), 0, row++, 3, 1);
            }
            Label q = new Label(flag.question());
            q.setWrapText(true);
            q.setMaxWidth(520);
            q.getStyleClass().add("question");
            ToggleGroup group = new ToggleGroup();
            RadioButton yes = new RadioButton("Yes");
            RadioButton no = new RadioButton("No");
            yes.setId("flag-" + flag.id() + "-yes");
            no.setId("flag-" + flag.id() + "-no");
            yes.setToggleGroup(group);
            no.setToggleGroup(group);
            group.selectedToggleProperty().addListener((o, a, b) -> {
                screening.answer(flag.id(), b == yes);
                refresh();
            });
            questions.addRow(row++, q, yes, no);
        }
        done.setText("Continue");
        refresh();
        setVisible(true);
    }

    private static Label group(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("question-group");
        l.setWrapText(true);
        l.setMaxWidth(600);
        return l;
    }

    private void refresh() {
        RedFlagScreening.Outcome outcome = screening.outcome();
        done.setDisable(outcome == RedFlagScreening.Outcome.INCOMPLETE);
        result.setText(outcome == RedFlagScreening.Outcome.INCOMPLETE ? "Answer every question to go on." : "");
    }

    private void finish() {
        if (screening.mayCoach()) {
            setVisible(false);
            onDone.accept(screening);
            return;
        }
        boolean urgent = screening.outcome() == RedFlagScreening.Outcome.URGENT_STOP;
        heading.setText(urgent ? "Get emergency care now" : "Please stop here and contact a healthcare provider");
        heading.getStyleClass().setAll("label", "panel-heading", "tone-error-text");
        questions.setVisible(false);
        questions.setManaged(false);
        result.setText(screening.message());
        done.setText("Close");
        done.setOnAction(e -> {
            setVisible(false);
            onDone.accept(screening);
            done.setOnAction(x -> finish());
        });
    }
}
