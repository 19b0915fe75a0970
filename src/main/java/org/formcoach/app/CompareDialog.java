package org.formcoach.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.formcoach.recording.Recording;
import org.formcoach.recording.RecordingException;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;

/**
 * Asks what to compare: a demonstration and an attempt (recordings, or videos analysed when opened)
 * and the exercise both show, which a demonstration recording proposes itself.
 */
final class CompareDialog {

    /** The demonstration, the attempt and the exercise. */
    record Choice(Path reference, Path attempt, Exercise exercise) {
    }

    private CompareDialog() {
    }

    static Optional<Choice> ask(Window owner, Catalog catalog, Exercise current) {
        return dialog(owner, catalog, current).showAndWait();
    }

    /** The dialog, not shown yet, with {@code current} (the exercise on screen, may be null) proposed. */
    static Dialog<Choice> dialog(Window owner, Catalog catalog, Exercise current) {
        TextField reference = new TextField();
        reference.setId("compare-reference-path");
        reference.setPromptText("a recording folder or a video");
        reference.setPrefColumnCount(34);
        TextField attempt = new TextField();
        attempt.setId("compare-attempt-path");
        attempt.setPromptText("a recording folder or a video");
        attempt.setPrefColumnCount(34);
        ComboBox<Exercise> exercise = new ComboBox<>();
        exercise.setId("compare-exercise");
        exercise.getItems().setAll(catalog.exercisesByName());
        exercise.setConverter(new StringConverter<>() {
            @Override
            public String toString(Exercise e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Exercise fromString(String s) {
                return null;
            }
        });
        exercise.setValue(current);
        // a demonstration recording knows its exercise: propose it
        reference.textProperty().addListener((o, a, b) -> recordedExercise(b, catalog).ifPresent(exercise::setValue));

        GridPane grid = FormDialogs.rows("Recordings are made with \"Record this session…\". A video is analysed with"
                + " the pose model when it is opened, which takes a moment. Each rep of the attempt is lined up with"
                + " the demonstration's rep, so a different pace is not counted as a difference.",
                new Node[] {new Label("Demonstration"), chooserRow(reference, owner, "The demonstration")},
                new Node[] {new Label("Attempt"), chooserRow(attempt, owner, "The patient's attempt")},
                new Node[] {new Label("Exercise"), exercise});
        return FormDialogs.dialog(owner, "Compare with a demonstration",
                "Compare an attempt with a demonstration of the same exercise", grid, "Compare",
                reference.textProperty().isEmpty().or(attempt.textProperty().isEmpty())
                        .or(exercise.valueProperty().isNull()),
                () -> new Choice(Path.of(reference.getText().strip()), Path.of(attempt.getText().strip()),
                        exercise.getValue()));
    }

    private static HBox chooserRow(TextField field, Window owner, String what) {
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> MediaChooser.choose(owner, what).ifPresent(p -> field.setText(p.toString())));
        HBox row = new HBox(8, field, choose);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    /** The exercise a recording was made with, when the text names one the catalog knows. */
    private static Optional<Exercise> recordedExercise(String text, Catalog catalog) {
        try {
            Path p = Path.of(text.strip());
            if (text.isBlank() || !Recording.isRecording(p)) {
                return Optional.empty();
            }
            return catalog.exercise(Recording.load(p).manifest().exercise());
        } catch (RecordingException | java.nio.file.InvalidPathException e) {
            return Optional.empty();  // said when it is opened
        }
    }
}
