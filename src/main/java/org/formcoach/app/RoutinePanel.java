package org.formcoach.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.StepLine;
import org.formcoach.app.model.Tone;

/** The side panel: what is being done, the counter, the ring timer and the routine's steps. */
final class RoutinePanel extends VBox {

    private static final double RING_RADIUS = 62;
    private final Label routineName = new Label();
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Arc ring = new Arc(RING_RADIUS + 10, RING_RADIUS + 10, RING_RADIUS, RING_RADIUS, 90, 0);
    private final Label ringText = new Label();
    private final Label ringCaption = new Label();
    private final StackPane ringPane;
    private final VBox steps = new VBox(4);
    private final Label instructions = new Label();

    RoutinePanel() {
        getStyleClass().add("routine-panel");
        setSpacing(10);
        routineName.getStyleClass().add("routine-name");
        routineName.setWrapText(true);
        title.setId("exercise-title");
        title.getStyleClass().add("exercise-title");
        title.setWrapText(true);
        counter.setId("counter");
        counter.getStyleClass().add("counter");
        counter.setWrapText(true);

        double c = RING_RADIUS + 10;
        Circle track = new Circle(c, c, RING_RADIUS, Color.TRANSPARENT);
        track.setStroke(Color.web("#2c3440"));
        track.setStrokeWidth(12);
        ring.setType(ArcType.OPEN);
        ring.setFill(Color.TRANSPARENT);
        ring.setStrokeWidth(12);
        ring.setStrokeLineCap(StrokeLineCap.ROUND);
        ring.setStroke(Palette.GOOD);
        ring.setId("ring");
        ringText.setId("ring-text");
        ringText.getStyleClass().add("ring-text");
        ringCaption.getStyleClass().add("ring-caption");
        VBox ringLabels = new VBox(0, ringText, ringCaption);
        ringLabels.setAlignment(Pos.CENTER);
        // track and arc share one fixed-size pane, so a partial arc keeps its place on the circle
        javafx.scene.layout.Pane dial = new javafx.scene.layout.Pane(track, ring);
        dial.setPrefSize(2 * c, 2 * c);
        dial.setMaxSize(2 * c, 2 * c);
        ringPane = new StackPane(dial, ringLabels);
        ringPane.setMinSize(2 * RING_RADIUS + 20, 2 * RING_RADIUS + 20);
        ringPane.setMaxSize(2 * RING_RADIUS + 20, 2 * RING_RADIUS + 20);
        ringPane.setVisible(false);  // until there is something to count

        Label stepsHeader = new Label("Steps");
        stepsHeader.getStyleClass().add("section-header");
        steps.setId("steps");
        VBox.setMargin(ringPane, new javafx.geometry.Insets(6, 0, 6, 0));
        Label howHeader = new Label("How to");
        howHeader.getStyleClass().add("section-header");
        instructions.setId("instructions");
        instructions.getStyleClass().add("instructions");
        instructions.setWrapText(true);
        // the headings, the counter and the ring keep their room; the steps and the instructions below
        // them scroll, so that a small screen (1280 × 720) cuts nothing off
        for (Label fixed : new Label[] {routineName, title, counter, stepsHeader, howHeader, instructions}) {
            fixed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        routineName.setId("routine-name");
        VBox below = new VBox(6, stepsHeader, steps, howHeader, instructions);
        below.getStyleClass().add("routine-below");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(below);
        scroll.setId("routine-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("steps-scroll");
        scroll.setMinHeight(60);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(routineName, title, counter, ringPane, scroll);
        setMinHeight(0);
        setAlignment(Pos.TOP_CENTER);
        setPrefWidth(330);
        setMinWidth(280);
    }

    void setRoutineName(String name) {
        routineName.setText(name);
    }

    void show(CoachView view) {
        title.setText(view.title());
        counter.setText(view.counter());
        ringPane.setVisible(view.hasRing());
        ring.setLength(-360 * Math.max(0, view.ring()));
        ring.setStroke(view.bannerTone() == Tone.INFO ? Palette.INFO : Palette.GOOD);
        ringText.setText(view.ringText());
        ringCaption.setText(view.ringCaption());
        instructions.setText(view.instructions());
        if (steps.getChildren().size() != view.steps().size()) {
            steps.getChildren().clear();
            view.steps().forEach(s -> {
                Label l = new Label();
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
                steps.getChildren().add(l);
            });
        }
        for (int i = 0; i < view.steps().size(); i++) {
            StepLine line = view.steps().get(i);
            Label l = (Label) steps.getChildren().get(i);
            String mark = switch (line.status()) {
                case DONE -> "✓  ";
                case CURRENT -> "▶  ";
                case NEXT -> "Next:  ";
                case LATER -> "     ";
            };
            l.setText(mark + line.text());
            l.getStyleClass().setAll("label", "step", "step-" + line.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
