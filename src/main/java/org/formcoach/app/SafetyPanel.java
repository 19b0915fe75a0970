package org.formcoach.app;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.formcoach.app.model.RedFlagScreening;
import org.formcoach.routine.RedFlag;

/**
 * The red-flag questions, over the video area: asked before the first session and again from the
 * menu. Continue is possible only when every question is answered; a "yes" replaces the questions
 * with the advice to contact a healthcare provider (or emergency care) and coaching stays off.
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
        questions.setVgap(10);
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
        setMaxSize(760, javafx.scene.layout.Region.USE_PREF_SIZE);
        setVisible(false);
    }

    void ask(RedFlagScreening fresh, Consumer<RedFlagScreening> whenDone) {
        this.screening = fresh;
        this.onDone = whenDone;
        heading.getStyleClass().setAll("label", "panel-heading");
        heading.setText("Before you start: a few safety questions");
        questions.getChildren().clear();
        questions.setVisible(true);
        questions.setManaged(true);
        int row = 0;
        for (RedFlag flag : fresh.questions()) {
            Label q = new Label(flag.question());
            q.setWrapText(true);
            q.setMaxWidth(480);
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
