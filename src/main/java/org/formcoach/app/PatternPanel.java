package org.formcoach.app;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.PainPattern;

/**
 * "Where does it bother you?": the programme's pain patterns (and "none — just keep me moving"),
 * over the video area. Picking one shows how it feels, the muscles behind it, the routine and the
 * stretches the programme names for it; Start begins that routine, Choose only selects it.
 */
final class PatternPanel extends VBox {

    private final Catalog catalog;
    private final VBox choices = new VBox(8);
    private final Label detail = new Label();
    private final Button start = new Button();
    private final Button choose = new Button("Choose it");
    private final HBox actions;
    private PainPattern picked;

    /** @param chosen gets the pattern's id and whether to start its routine now */
    PatternPanel(Catalog catalog, BiConsumer<String, Boolean> chosen, Runnable close) {
        this.catalog = catalog;
        setId("patterns");
        getStyleClass().add("message-panel");
        Label heading = new Label("Where does it bother you?");
        heading.getStyleClass().add("panel-heading");
        detail.setId("pattern-detail");
        detail.getStyleClass().add("pattern-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(640);
        start.setId("pattern-start");
        start.getStyleClass().add("primary");
        start.setOnAction(e -> chosen.accept(picked.id(), true));
        choose.setId("pattern-choose");
        choose.setOnAction(e -> chosen.accept(picked.id(), false));
        Button closeButton = new Button("Close");
        closeButton.setId("pattern-close");
        closeButton.setOnAction(e -> close.run());
        actions = new HBox(10, start, choose);
        HBox bottom = new HBox(10, actions, closeButton);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        for (PainPattern p : catalog.patterns().values()) {
            Button b = new Button(p.name());
            b.setId("pattern-" + p.id());
            b.getStyleClass().add("pattern-choice");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> pick(p));
            choices.getChildren().add(b);
        }
        getChildren().addAll(heading, choices, detail, bottom);
        setSpacing(14);
        setMaxSize(720, Region.USE_PREF_SIZE);
        setVisible(false);
    }

    /** Shows the choices, with {@code current} (the pattern chosen last time) picked, if any. */
    void show(PainPattern current) {
        if (current != null) {
            pick(current);
        } else {
            picked = null;
            detail.setText("Pick the one that sounds most like you.");
            actions.setVisible(false);
        }
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    private void pick(PainPattern p) {
        picked = p;
        choices.getChildren().forEach(n -> n.getStyleClass().remove("primary"));
        choices.getChildren().stream().filter(n -> ("pattern-" + p.id()).equals(n.getId())).findFirst()
                .ifPresent(n -> n.getStyleClass().add("primary"));
        detail.setText(describe(p, catalog));
        String routine = catalog.routine(p.routine()).map(r -> r.name()).orElse(p.routine());
        start.setText("Start the " + routine);
        actions.setVisible(true);
    }

    /** The pattern in words: how it feels, the muscles, what the programme suggests, what to keep in mind. */
    static String describe(PainPattern p, Catalog catalog) {
        StringBuilder b = new StringBuilder(p.feels());
        if (!p.muscles().isEmpty()) {
            b.append("\nThe muscles behind it: ").append(p.muscles()).append('.');
        }
        b.append("\nSuggested: the ").append(catalog.routine(p.routine()).map(r -> r.name()).orElse(p.routine()));
        if (!p.stretches().isEmpty()) {
            b.append(", and the stretches ").append(String.join(", ", p.stretches().stream()
                    .map(id -> catalog.exercise(id).map(Exercise::name).orElse(id)).toList()));
        }
        b.append('.');
        if (!p.advice().isEmpty()) {
            b.append('\n').append(p.advice());
        }
        return b.toString();
    }
}
