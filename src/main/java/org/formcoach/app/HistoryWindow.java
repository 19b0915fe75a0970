package org.formcoach.app;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.formcoach.app.model.HistoryViewModel.History;
import org.formcoach.app.model.HistoryViewModel;
import org.formcoach.app.model.SessionController;
import org.formcoach.routine.Catalog;
import org.formcoach.session.JournalEntry;
import org.formcoach.session.SessionStore;

/**
 * The history window: the calendar against the 10-minutes-a-day goal and the ladder, each
 * exercise's reps, clean share and hold time over the weeks, desk alerts per working hour, and the
 * journal with pain over time. What it shows is decided in {@link HistoryViewModel}.
 */
final class HistoryWindow {

    static final int WEEKS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Stage stage = new Stage();
    private final SessionStore store;
    private final SessionController controller;
    private final Catalog catalog;
    private final GridPane calendar = new GridPane();
    private final Label calendarSummary = new Label();
    private final Label rung = new Label();
    private final Label needed = new Label();
    private final Label since = new Label();
    private final HBox rungSteps = new HBox(6);
    private final Button moveUp = new Button();
    private final Button stay = new Button("Stay");
    private final HBox offerButtons = new HBox(10, moveUp, stay);
    private final ComboBox<HistoryViewModel.ExerciseSeries> exercisePicker = new ComboBox<>();
    private final LineChart<String, Number> countChart = lineChart("per day");
    private final LineChart<String, Number> qualityChart = lineChart("%");
    private final BarChart<String, Number> deskChart;
    private final Label deskEmpty = new Label("No desk mode yet: start it from the menu while you work.");
    private final LineChart<String, Number> painChart = lineChart("pain 0–10");
    private final ListView<JournalEntry> journalList = new ListView<>();
    private final Label saving = new Label();
    private final TabPane tabs = new TabPane();
    private History history;

    HistoryWindow(SessionStore store, SessionController controller, Catalog catalog) {
        this.store = store;
        this.controller = controller;
        this.catalog = catalog;
        CategoryAxis hours = new CategoryAxis();
        hours.setLabel("hour of the working day");
        NumberAxis perHour = new NumberAxis();
        perHour.setLabel("posture alerts per hour");
        deskChart = new BarChart<>(hours, perHour);
        deskChart.setId("history-desk-chart");
        deskChart.setLegendVisible(false);
        deskChart.setAnimated(false);

        Tab overview = new Tab("Overview", overview());
        Tab exercises = new Tab("Exercises", exercises());
        VBox deskBox = new VBox(12, deskEmpty, deskChart);
        deskBox.setPadding(new Insets(18));
        VBox.setVgrow(deskChart, Priority.ALWAYS);
        deskEmpty.getStyleClass().add("panel-detail");
        Tab desk = new Tab("Desk", deskBox);
        Tab journal = new Tab("Journal", journal());
        tabs.getTabs().addAll(overview, exercises, desk, journal);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("history-tabs");
        saving.setId("history-saving");
        saving.getStyleClass().add("saving");
        BorderPane root = new BorderPane(tabs, null, null, saving, null);
        root.getStyleClass().addAll("root-pane", "history");
        BorderPane.setMargin(saving, new Insets(4, 14, 6, 14));
        Scene scene = new Scene(root, 1180, 700);
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("FormCoach — history and progress");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    // ---- layout -------------------------------------------------------------------------------

    private VBox overview() {
        Label calendarHeading = heading("Days with sessions — goal: " + HistoryViewModel.GOAL_MINUTES + " minutes a day");
        calendar.setId("history-calendar");
        calendar.setHgap(6);
        calendar.setVgap(6);
        calendarSummary.setId("history-calendar-summary");
        calendarSummary.getStyleClass().add("panel-detail");
        Label ladderHeading = heading("Push-up ladder");
        rung.setId("history-rung");
        rung.getStyleClass().add("history-rung");
        rung.setWrapText(true);
        needed.setId("history-needed");
        needed.getStyleClass().add("panel-detail");
        needed.setWrapText(true);
        moveUp.setId("history-accept");
        moveUp.getStyleClass().add("primary");
        stay.setId("history-stay");
        offerButtons.setId("history-offer");
        since.setId("history-since");
        since.getStyleClass().add("hint");
        rungSteps.setId("history-rungs");
        rungSteps.setAlignment(Pos.CENTER_LEFT);
        VBox ladder = new VBox(8, ladderHeading, rungSteps, rung, since, needed, offerButtons);
        ladder.getStyleClass().add("history-card");
        ladder.setPrefWidth(380);
        ladder.setMaxWidth(420);
        VBox cal = new VBox(10, calendarHeading, calendar, calendarSummary);
        cal.getStyleClass().add("history-card");
        HBox row = new HBox(18, cal, ladder);
        HBox.setHgrow(ladder, Priority.ALWAYS);
        VBox box = new VBox(18, row);
        box.setPadding(new Insets(18));
        return box;
    }

    private VBox exercises() {
        exercisePicker.setId("history-exercise");
        exercisePicker.setPrefWidth(280);
        exercisePicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(HistoryViewModel.ExerciseSeries s) {
                return s == null ? "" : s.name();
            }

            @Override
            public HistoryViewModel.ExerciseSeries fromString(String s) {
                return null;
            }
        });
        exercisePicker.valueProperty().addListener((o, a, b) -> showExercise(b));
        countChart.setId("history-count-chart");
        qualityChart.setId("history-quality-chart");
        HBox charts = new HBox(12, countChart, qualityChart);
        HBox.setHgrow(countChart, Priority.ALWAYS);
        HBox.setHgrow(qualityChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox box = new VBox(12, new HBox(10, label("Exercise"), exercisePicker), charts);
        box.setPadding(new Insets(18));
        return box;
    }

    private VBox journal() {
        painChart.setId("history-pain-chart");
        painChart.setLegendVisible(false);
        journalList.setId("history-journal");
        journalList.setPrefHeight(220);
        journalList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(JournalEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.localDate().format(DAY) + " — pain " + e.pain() + "/10"
                        + (e.location().isEmpty() ? "" : ", " + e.location())
                        + (e.pattern().isEmpty() ? "" : ", " + e.pattern())
                        + (e.notes().isEmpty() ? "" : " — " + e.notes())
                        + (e.anyRedFlag() ? "   ⚠ red flag answered yes" : ""));
            }
        });
        Button add = new Button("How does your back feel?…");
        add.setId("history-journal-add");
        add.setOnAction(e -> controller.openJournal());
        VBox box = new VBox(12, painChart, journalList, add);
        VBox.setVgrow(painChart, Priority.ALWAYS);
        box.setPadding(new Insets(18));
        return box;
    }

    // ---- content ------------------------------------------------------------------------------

    void show() {
        refresh();
        stage.show();
        stage.toFront();
    }

    void hide() {
        stage.hide();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    TabPane tabs() {
        return tabs;
    }

    History history() {
        return history;
    }

    /** Reads the store again and shows it. */
    void refresh() {
        History h = HistoryViewModel.build(store, catalog, controller.progress(), LocalDate.now(store.clock()), WEEKS);
        history = h;
        showCalendar(h);
        showLadder(h);
        HistoryViewModel.ExerciseSeries chosen = exercisePicker.getValue();
        exercisePicker.getItems().setAll(h.exercises());
        exercisePicker.setValue(h.exercises().stream().filter(s -> chosen != null && s.exerciseId().equals(chosen.exerciseId()))
                .findFirst().orElse(h.exercises().isEmpty() ? null : h.exercises().get(0)));
        showExercise(exercisePicker.getValue());
        showDesk(h);
        showJournal(h);
        saving.setText(h.saving());
        saving.setVisible(!h.saving().isEmpty());
        saving.setManaged(!h.saving().isEmpty());
    }

    private void showCalendar(History h) {
        calendar.getChildren().clear();
        for (DayOfWeek d : DayOfWeek.values()) {
            Label name = new Label(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.getStyleClass().add("hint");
            calendar.add(name, d.getValue() - 1, 0);
        }
        List<HistoryViewModel.Day> days = h.days();
        for (int i = 0; i < days.size(); i++) {
            HistoryViewModel.Day day = days.get(i);
            Label cell = new Label(day.date().getDayOfMonth() + "\n" + (day.minutes() > 0 ? day.minutes() + " min" : ""));
            cell.setId("day-" + day.date());
            cell.setAlignment(Pos.CENTER);
            cell.setMinSize(64, 52);
            cell.setMaxSize(64, 52);
            cell.getStyleClass().addAll("day", day.goalMet() ? "day-met" : day.sessions() > 0 ? "day-some" : "day-none");
            if (day.today()) {
                cell.getStyleClass().add("day-today");
            }
            if (day.date().isAfter(LocalDate.now(store.clock()))) {
                cell.getStyleClass().add("day-future");
            }
            calendar.add(cell, i % 7, 1 + i / 7);
        }
        calendarSummary.setText("Goal met on " + h.daysMet() + " of the " + h.days().stream()
                .filter(d -> !d.date().isAfter(LocalDate.now(store.clock()))).count() + " days shown; sessions on "
                + h.daysDone() + " days.");
    }

    private void showLadder(History h) {
        if (h.ladder() == null) {
            rung.setText("No ladder in this catalog");
            needed.setText("");
            offerButtons.setVisible(false);
            return;
        }
        rung.setText(h.ladder().rung() + ", " + h.ladder().dose());
        since.setText("since " + h.ladder().since().format(DAY));
        rungSteps.getChildren().clear();
        for (int i = 0; i < h.ladder().rungs().size(); i++) {
            if (i > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("hint");
                rungSteps.getChildren().add(arrow);
            }
            String name = h.ladder().rungs().get(i).replace(" push-up", "");
            Label step = new Label(i < h.ladder().current() ? name + " ✓" : name);
            step.getStyleClass().addAll("rung-step", i < h.ladder().current() ? "rung-done"
                    : i == h.ladder().current() ? "rung-current" : "rung-later");
            rungSteps.getChildren().add(step);
        }
        needed.setText(h.ladder().needed());
        var advice = h.ladder().advice();
        boolean offer = advice != null && advice.isOffer();
        offerButtons.setVisible(offer);
        offerButtons.setManaged(offer);
        if (offer) {
            moveUp.setText(advice.kind() == org.formcoach.session.Ladder.Kind.OFFER_NEXT ? "Move up" : "Step back");
            moveUp.setOnAction(e -> controller.answerOffer(advice, true, this::refresh));
            stay.setOnAction(e -> controller.answerOffer(advice, false, this::refresh));
        }
    }

    private void showExercise(HistoryViewModel.ExerciseSeries s) {
        countChart.getData().clear();
        qualityChart.getData().clear();
        if (s == null) {
            countChart.setTitle("No exercises recorded yet");
            qualityChart.setTitle("");
            return;
        }
        if (s.holds()) {
            countChart.setTitle(s.name() + ": seconds held per day");
            countChart.getData().add(series("held (s)", s.holdSeconds()));
            qualityChart.setTitle("");
            qualityChart.setVisible(false);
            qualityChart.setManaged(false);
            return;
        }
        qualityChart.setVisible(true);
        qualityChart.setManaged(true);
        countChart.setTitle(s.name() + ": reps per day");
        countChart.getData().add(series("reps", s.reps()));
        countChart.getData().add(series("clean reps", s.cleanReps()));
        qualityChart.setTitle("Clean reps, % of counted");
        qualityChart.getData().add(series("clean share", s.cleanShare()));
        qualityChart.setLegendVisible(false);
    }

    private void showDesk(History h) {
        deskChart.getData().clear();
        boolean any = !h.desk().isEmpty();
        deskEmpty.setVisible(!any);
        deskEmpty.setManaged(!any);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        h.desk().forEach(a -> s.getData().add(new XYChart.Data<>(a.label(), a.alertsPerHour())));
        deskChart.getData().add(s);
        deskChart.setTitle("Posture alerts per hour, by hour of the day");
    }

    private void showJournal(History h) {
        painChart.getData().clear();
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        h.journal().forEach(e -> s.getData().add(new XYChart.Data<>(e.localDate().format(DAY), e.pain())));
        painChart.getData().add(s);
        painChart.setTitle(h.journal().isEmpty() ? "No journal entries yet" : "Pain over time");
        List<JournalEntry> newestFirst = new java.util.ArrayList<>(h.journal());
        java.util.Collections.reverse(newestFirst);
        journalList.getItems().setAll(newestFirst);
    }

    private static XYChart.Series<String, Number> series(String name, List<HistoryViewModel.Point> points) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        points.forEach(p -> s.getData().add(new XYChart.Data<>(p.label(), p.value())));
        return s;
    }

    private static LineChart<String, Number> lineChart(String yLabel) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        return chart;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("history-heading");
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("question");
        return l;
    }
}
