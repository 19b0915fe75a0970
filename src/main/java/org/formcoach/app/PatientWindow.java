package org.formcoach.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.formcoach.patient.PatientProfile;
import org.formcoach.patient.ThresholdSources;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.rule.RuleSpec;
import org.formcoach.session.PatientStore;
import org.formcoach.session.StoreException;

/**
 * A therapist's form for a patient: name or code, notes, routine and rung, and the thresholds of
 * each exercise with the default and its source (the exercise file's comment) beside each value.
 * An empty field keeps the default. Saved in the database; "Coach this patient" makes the profile
 * active for the next session.
 */
final class PatientWindow {

    private final Stage stage = new Stage();
    private final Path dataDir;
    private final Catalog catalog;
    private final Consumer<PatientProfile> activate;
    private final ComboBox<String> patients = new ComboBox<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();
    private final ComboBox<String> routine = new ComboBox<>();
    private final ComboBox<String> rung = new ComboBox<>();
    private final ComboBox<String> exercise = new ComboBox<>();
    private final GridPane thresholds = new GridPane();
    private final Label status = new Label();
    private final List<Row> rows = new ArrayList<>();
    private PatientProfile profile;

    /** One rule's fields in the form. */
    private record Row(RuleSpec rule, TextField min, TextField max) {
    }

    PatientWindow(Path dataDir, Catalog catalog, Consumer<PatientProfile> activate) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.activate = activate;
        stage.setTitle("FormCoach — patient and thresholds");
        Scene scene = new Scene(layout(), 1000, 680);
        scene.getStylesheets().add(CoachWindow.STYLESHEET);
        stage.setScene(scene);
        reloadPatients(null);
    }

    private BorderPane layout() {
        patients.setId("patient-pick");
        patients.setPromptText("Patients");
        patients.setOnAction(e -> {
            if (patients.getValue() != null) {
                load(patients.getValue());
            }
        });
        Button fresh = new Button("New patient");
        fresh.setOnAction(e -> show(null));
        HBox top = new HBox(8, new Label("Patient"), patients, fresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar");

        code.setId("patient-code");
        name.setId("patient-name");
        notes.setId("patient-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        routine.getItems().add("");
        routine.getItems().addAll(catalog.routines().keySet());
        rung.getItems().add("");
        rung.getItems().addAll(catalog.exercises().keySet().stream().filter(id -> id.endsWith("pushup")).toList());
        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(6);
        details.addRow(0, new Label("Name or code"), code, new Label("Name"), name);
        details.addRow(1, new Label("Routine"), routine, new Label("Push-up rung"), rung);
        details.add(new Label("Notes"), 0, 2);
        details.add(notes, 1, 2, 3, 1);

        exercise.setId("patient-exercise");
        exercise.getItems().setAll(catalog.exercises().values().stream().filter(x -> !x.rules().isEmpty())
                .map(Exercise::id).toList());
        exercise.setOnAction(e -> fillThresholds());
        thresholds.setId("patient-thresholds");
        thresholds.setHgap(10);
        thresholds.setVgap(8);
        ColumnConstraints source = new ColumnConstraints();
        source.setHgrow(Priority.ALWAYS);
        thresholds.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(90),
                new ColumnConstraints(70), new ColumnConstraints(70), source);
        ScrollPane scroll = new ScrollPane(thresholds);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label hint = new Label("Leave a field empty to keep the default. Angles in degrees; the source is the exercise"
                + " file's note above the threshold.");
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);

        Button save = new Button("Save");
        save.setId("patient-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button coach = new Button("Coach this patient");
        coach.setId("patient-activate");
        coach.setOnAction(e -> {
            if (save()) {
                activate.accept(profile);
                status.setText("Coaching " + profile.code() + " with their thresholds from the next Start");
            }
        });
        Button none = new Button("Coach with the defaults");
        none.setOnAction(e -> {
            activate.accept(null);
            status.setText("Coaching with the exercise files' thresholds from the next Start");
        });
        status.setId("patient-status");
        status.setWrapText(true);
        HBox buttons = new HBox(8, save, coach, none, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(10, details, new HBox(8, new Label("Thresholds of"), exercise), hint, scroll, buttons);
        body.setPadding(new Insets(12));
        return new BorderPane(body, top, null, null, null);
    }

    private void reloadPatients(String select) {
        try (PatientStore store = PatientStore.open(dataDir, Clock.systemUTC())) {
            patients.getItems().setAll(store.list().stream().map(PatientProfile::code).toList());
        } catch (StoreException e) {
            status.setText(e.getMessage());
        }
        if (select != null) {
            patients.setValue(select);
        }
        if (profile == null) {
            show(null);
        }
    }

    private void load(String patientCode) {
        try (PatientStore store = PatientStore.open(dataDir, Clock.systemUTC())) {
            store.get(patientCode).ifPresent(this::show);
        } catch (StoreException e) {
            status.setText(e.getMessage());
        }
    }

    void show(PatientProfile p) {
        profile = p;
        code.setText(p == null ? "" : p.code());
        code.setEditable(p == null);
        name.setText(p == null ? "" : p.name());
        notes.setText(p == null ? "" : p.notes());
        routine.setValue(p == null ? "" : p.routine());
        rung.setValue(p == null ? "" : p.rung());
        if (exercise.getValue() == null && !exercise.getItems().isEmpty()) {
            exercise.setValue(exercise.getItems().contains("floor-pushup") ? "floor-pushup" : exercise.getItems().get(0));
        }
        fillThresholds();
    }

    private void fillThresholds() {
        thresholds.getChildren().clear();
        rows.clear();
        Exercise e = exercise.getValue() == null ? null : catalog.exercise(exercise.getValue()).orElse(null);
        if (e == null) {
            return;
        }
        Map<String, String> sources = ThresholdSources.read(e.source());
        thresholds.addRow(0, header("Rule"), header("Default"), header("Min"), header("Max"),
                header("Where the default comes from"));
        int r = 1;
        for (RuleSpec rule : e.rules()) {
            var mine = profile == null ? null : profile.threshold(e.id(), rule.id()).orElse(null);
            TextField min = field(mine == null ? null : mine.min(), rule.min());
            TextField max = field(mine == null ? null : mine.max(), rule.max());
            min.setId("threshold-" + rule.id() + "-min");
            max.setId("threshold-" + rule.id() + "-max");
            Label def = new Label(rule.rangeText() + (rule.kind().inDegrees() ? "°" : ""));
            def.setId("threshold-" + rule.id() + "-default");
            Label src = new Label(sources.getOrDefault(rule.id(), "(the file gives no source)"));
            src.setId("threshold-" + rule.id() + "-source");
            src.setWrapText(true);
            src.getStyleClass().add("caption");
            thresholds.addRow(r++, new Label(rule.title()), def, min, max, src);
            rows.add(new Row(rule, min, max));
        }
    }

    private static TextField field(Double override, Double fallback) {
        TextField f = new TextField(override == null ? "" : fmt(override));
        f.setPromptText(fallback == null ? "none" : fmt(fallback));
        f.setPrefColumnCount(5);
        return f;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    /** Saves the form; says in the status line what is wrong when a value is not a number or a range is empty. */
    boolean save() {
        try {
            PatientProfile p = profile != null ? profile
                    : new PatientProfile(code.getText(), "", "", "", "", List.of());
            p = p.withDetails(name.getText(), notes.getText(), routine.getValue(), rung.getValue());
            String ex = exercise.getValue();
            for (Row row : rows) {
                Double min = number(row.min().getText(), row.rule().title() + " min");
                Double max = number(row.max().getText(), row.rule().title() + " max");
                if (min == null && max == null) {
                    p = p.withThreshold(ex, row.rule().id(), null, null);
                    continue;
                }
                Double lo = min != null ? min : row.rule().min();
                Double hi = max != null ? max : row.rule().max();
                row.rule().withRange(lo, hi);
                p = p.withThreshold(ex, row.rule().id(), lo, hi);
            }
            try (PatientStore store = PatientStore.open(dataDir, Clock.systemUTC())) {
                store.save(p);
            }
            profile = p;
            reloadPatients(p.code());
            status.setText("Saved " + p.code());
            return true;
        } catch (IllegalArgumentException | StoreException e) {
            status.setText(e.getMessage());
            return false;
        }
    }

    private static Double number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    PatientProfile profile() {
        return profile;
    }
}
