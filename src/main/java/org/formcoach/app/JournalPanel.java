package org.formcoach.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.formcoach.app.model.SessionController;
import org.formcoach.pipeline.CoachText;
import org.formcoach.routine.RedFlag;
import org.formcoach.session.Ladder;

/**
 * The quick journal entry, over the video area after a session (and from the menu): what the
 * session did and what the ladder says (with its offer's buttons), then "How does your back feel?"
 * 0–10, where, which pattern, notes, and the red-flag questions as boxes to tick.
 */
final class JournalPanel extends VBox {

    static final List<String> PLACES = List.of("nowhere", "between the shoulder blades", "upper back", "neck",
            "shoulders", "lower back", "arms or hands");
    static final List<String> PATTERNS = List.of("none", "between the shoulder blades, worse through the workday",
            "stiff in the morning, easing within 30 minutes", "knots where the neck meets the shoulder",
            "only when moving", "after sitting long", "comes and goes", "constant");

    /** What the panel's buttons do. */
    interface Actions {
        void save(int pain, String where, String pattern, String notes, Map<String, Boolean> redFlags);

        void skip();

        void acceptOffer();

        void declineOffer();
    }

    private final Label heading = new Label("How does your back feel?");
    private final Label summary = new Label();
    private final Label advice = new Label();
    private final Button accept = new Button();
    private final Button stay = new Button("Stay");
    private final HBox offerButtons = new HBox(10, accept, stay);
    private final Slider pain = new Slider(0, 10, 0);
    private final Label painValue = new Label("0");
    private final ComboBox<String> where = new ComboBox<>();
    private final ComboBox<String> pattern = new ComboBox<>();
    private final TextField notes = new TextField();
    private final GridPane flags = new GridPane();
    private final Map<String, CheckBox> flagBoxes = new LinkedHashMap<>();
    private SessionController.JournalPrompt shown;

    JournalPanel(List<RedFlag> redFlags, Actions actions) {
        setId("journal");
        getStyleClass().addAll("message-panel", "journal-panel");
        heading.getStyleClass().add("panel-heading");
        summary.setId("journal-summary");
        summary.getStyleClass().add("panel-detail");
        advice.setId("journal-advice");
        advice.getStyleClass().add("journal-advice");
        advice.setWrapText(true);
        accept.setId("offer-accept");
        accept.getStyleClass().add("primary");
        accept.setOnAction(e -> actions.acceptOffer());
        stay.setId("offer-stay");
        stay.setOnAction(e -> actions.declineOffer());

        pain.setId("journal-pain");
        pain.setMajorTickUnit(1);
        pain.setMinorTickCount(0);
        pain.setSnapToTicks(true);
        pain.setShowTickLabels(true);
        pain.setShowTickMarks(true);
        pain.setPrefWidth(360);
        pain.valueProperty().addListener((o, a, b) -> painValue.setText(String.valueOf(Math.round(b.doubleValue()))));
        painValue.getStyleClass().add("journal-pain-value");
        where.setId("journal-where");
        where.setEditable(true);
        where.getItems().setAll(PLACES);
        pattern.setId("journal-pattern");
        pattern.setEditable(true);
        pattern.getItems().setAll(PATTERNS);
        notes.setId("journal-notes");
        notes.setPromptText("how the stretches felt, what changed in your day");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, label("Pain (0 none – 10 worst)"), new HBox(10, pain, painValue));
        form.addRow(1, label("Where"), where);
        form.addRow(2, label("Pattern"), pattern);
        form.addRow(3, label("Notes"), notes);
        where.setMaxWidth(Double.MAX_VALUE);
        pattern.setMaxWidth(Double.MAX_VALUE);

        Label flagsHeading = label("Since your last entry, have you had any of these? (tick for yes)");
        flags.setHgap(16);
        flags.setVgap(6);
        int i = 0;
        for (RedFlag flag : redFlags) {
            CheckBox box = new CheckBox(CoachText.capitalise(flag.symptom()));
            box.setId("journal-flag-" + flag.id());
            box.setWrapText(true);
            box.setMaxWidth(330);
            box.getStyleClass().add("journal-flag");
            flagBoxes.put(flag.id(), box);
            flags.add(box, i % 2, i / 2);
            i++;
        }

        Button save = new Button("Save");
        save.setId("journal-save");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            flagBoxes.forEach((id, box) -> answers.put(id, box.isSelected()));
            actions.save((int) Math.round(pain.getValue()), text(where), text(pattern), notes.getText().strip(), answers);
        });
        Button skip = new Button("Not now");
        skip.setId("journal-skip");
        skip.setOnAction(e -> actions.skip());
        HBox buttons = new HBox(12, save, skip);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(buttons, Priority.ALWAYS);

        getChildren().addAll(heading, summary, advice, offerButtons, form, flagsHeading, flags, buttons);
        setSpacing(10);
        setMaxSize(760, Region.USE_PREF_SIZE);
        setVisible(false);
    }

    /** Shows the panel for {@code prompt}, with an empty form (unless it shows the same prompt already). */
    void show(SessionController.JournalPrompt prompt) {
        boolean fresh = shown == null || !isVisible() || !Objects.equals(shown.sessionId(), prompt.sessionId());
        shown = prompt;
        if (fresh) {
            pain.setValue(0);
            where.setValue(null);
            pattern.setValue(null);
            notes.clear();
            flagBoxes.values().forEach(b -> b.setSelected(false));
        }
        heading.setText(prompt.sessionId() == null ? "How does your back feel?" : "Well done. How does your back feel?");
        summary.setText(prompt.summary());
        summary.setVisible(!prompt.summary().isEmpty());
        summary.setManaged(!prompt.summary().isEmpty());
        Ladder.Advice a = prompt.advice();
        advice.setText(a == null ? "" : a.needed());
        advice.setVisible(a != null);
        advice.setManaged(a != null);
        boolean offer = a != null && a.isOffer();
        offerButtons.setVisible(offer);
        offerButtons.setManaged(offer);
        if (offer) {
            accept.setText(a.kind() == Ladder.Kind.OFFER_NEXT ? "Move up" : "Step back");
        }
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        shown = null;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("question");
        l.setWrapText(true);
        return l;
    }

    private static String text(ComboBox<String> box) {
        String v = box.isEditable() ? box.getEditor().getText() : box.getValue();
        if (v == null || v.isBlank()) {
            v = box.getValue();
        }
        return v == null ? "" : v.strip();
    }
}
