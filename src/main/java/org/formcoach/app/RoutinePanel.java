package org.formcoach.app;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import org.formcoach.app.model.BreathingPacer;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.StepLine;
import org.formcoach.app.model.Tone;

/**
 * The side panel: what is being done, the counter, the ring timer with the breathing guide beside it
 * when the exercise paces a breathing pattern, and the routine's steps.
 */
final class RoutinePanel extends VBox {

    private static final double RING_RADIUS = 62;
    private final Label routineName = new Label();
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Arc ring = new Arc(RING_RADIUS + 10, RING_RADIUS + 10, RING_RADIUS, RING_RADIUS, 90, 0);
    private final Label ringText = new Label();
    private final Label ringCaption = new Label();
    private final StackPane ringPane;
    private final Circle breathShape = new Circle(BREATH_MAX_RADIUS);
    private final Label breathCount = new Label();
    private final Label breathWords = new Label();
    private final VBox breathPane;
    private final HBox dials;
    private static final double BREATH_MIN_RADIUS = 14;
    private static final double BREATH_MAX_RADIUS = 52;
    private final VBox steps = new VBox(4);
    private final Label instructions = new Label();
    private final Label stepsHeader = new Label("Steps");

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
        Pane dial = new Pane(track, ring);
        dial.setPrefSize(2 * c, 2 * c);
        dial.setMaxSize(2 * c, 2 * c);
        ringPane = new StackPane(dial, ringLabels);
        ringPane.setMinSize(2 * RING_RADIUS + 20, 2 * RING_RADIUS + 20);
        ringPane.setMaxSize(2 * RING_RADIUS + 20, 2 * RING_RADIUS + 20);
        ringPane.setVisible(false);  // until there is something to count

        // the breathing guide: a circle that grows while breathing in, stays while holding, shrinks out
        breathShape.setId("breath-shape");
        breathShape.setFill(Color.web("#7fc8f8", 0.35));
        breathShape.setStroke(Color.web("#7fc8f8"));
        breathShape.setStrokeWidth(2);
        breathCount.setId("breath-count");
        breathCount.getStyleClass().add("breath-count");
        breathWords.setId("breath-words");
        breathWords.getStyleClass().add("breath-words");
        Pane breathBox = new Pane(breathShape);
        breathShape.setCenterX(BREATH_MAX_RADIUS + 4);
        breathShape.setCenterY(BREATH_MAX_RADIUS + 4);
        breathBox.setPrefSize(2 * BREATH_MAX_RADIUS + 8, 2 * BREATH_MAX_RADIUS + 8);
        breathBox.setMaxSize(2 * BREATH_MAX_RADIUS + 8, 2 * BREATH_MAX_RADIUS + 8);
        StackPane breathDial = new StackPane(breathBox, breathCount);
        breathPane = new VBox(2, breathDial, breathWords);
        breathPane.setId("breath");
        breathPane.setAlignment(Pos.CENTER);
        breathPane.setVisible(false);
        breathPane.setManaged(false);
        dials = new HBox(12, ringPane, breathPane);
        dials.setAlignment(Pos.CENTER);

        stepsHeader.setId("steps-header");
        stepsHeader.getStyleClass().add("section-header");
        steps.setId("steps");
        VBox.setMargin(dials, new Insets(6, 0, 6, 0));
        Label howHeader = new Label("How to");
        howHeader.getStyleClass().add("section-header");
        instructions.setId("instructions");
        instructions.getStyleClass().add("instructions");
        instructions.setWrapText(true);
        // the headings, the counter and the dials keep their room; the steps and the instructions below
        // them scroll, so that a small screen (1280 × 720) cuts nothing off
        for (Label fixed : List.of(routineName, title, counter, stepsHeader, howHeader, instructions)) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);  // never cut to "…": the panel scrolls
        }
        routineName.setId("routine-name");
        VBox below = new VBox(6, stepsHeader, steps, howHeader, instructions);
        below.getStyleClass().add("routine-below");
        ScrollPane scroll = new ScrollPane(below);
        scroll.setId("routine-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("steps-scroll");
        scroll.setMinHeight(60);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(routineName, title, counter, dials, scroll);
        setMinHeight(0);
        setAlignment(Pos.TOP_CENTER);
        setPrefWidth(330);
        setMinWidth(280);
    }

    void setRoutineName(String name) {
        routineName.setText(name);
    }

    /** Puts {@code action} (the window's "I have a symptom" button) under the routine's name. */
    void addAction(Node action) {
        getChildren().add(1, action);
    }

    private void showBreath(BreathingPacer.Breath breath) {
        boolean on = breath != null;
        breathPane.setVisible(on);
        breathPane.setManaged(on);
        if (!on) {
            return;
        }
        breathShape.setRadius(BREATH_MIN_RADIUS + (BREATH_MAX_RADIUS - BREATH_MIN_RADIUS) * breath.scale());
        Color c = switch (breath.phase()) {
            case INHALE -> Color.web("#7fc8f8");
            case HOLD -> Color.web("#c5a3ff");
            case EXHALE -> Color.web("#8fd694");
        };
        breathShape.setStroke(c);
        breathShape.setFill(c.deriveColor(0, 1, 1, 0.35));
        breathCount.setText(String.valueOf(breath.count()));
        breathWords.setText(breath.phase().words());
    }

    void show(CoachView view) {
        showBreath(view.breath());
        stepsHeader.setText(view.total().isEmpty() ? "Steps" : "Steps · " + view.total());
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
            l.getStyleClass().setAll("label", "step", "step-" + line.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
