package org.formcoach.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.formcoach.app.model.SessionController;

/** Asks where to record the running session (the name of a new folder), and whether it is a demonstration or an attempt. */
final class RecordDialog {

    /** What to record: a new (or empty) folder, the role, the therapist's notes (may be empty). */
    record Choice(Path folder, String role, String notes) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private RecordDialog() {
    }

    /** Shows the dialog and waits for the answer; empty when cancelled. */
    static Optional<Choice> ask(Window owner, String patientCode) {
        return dialog(owner, patientCode).showAndWait();
    }

    /** The dialog, not shown yet; it proposes an attempt named after the patient when one is active. */
    static Dialog<Choice> dialog(Window owner, String patientCode) {
        String stamp = LocalDateTime.now().format(STAMP);
        ChoiceBox<String> role = new ChoiceBox<>();
        role.getItems().setAll(SessionController.RECORDING_ROLES);
        role.setValue(patientCode == null ? "demonstration" : "attempt");
        TextField folder = new TextField(defaultFolder(role.getValue(), patientCode, stamp).toString());
        folder.setPrefColumnCount(36);
        role.valueProperty().addListener((o, a, b) -> {
            if (folder.getText().equals(defaultFolder(a, patientCode, stamp).toString())) {
                folder.setText(defaultFolder(b, patientCode, stamp).toString());
            }
        });
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A new folder for the recording");
            Path current = Path.of(folder.getText());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
            File picked = chooser.showSaveDialog(owner);
            if (picked != null) {
                folder.setText(picked.getPath());
            }
        });
        TextField notes = new TextField();
        notes.setPromptText("e.g. elbows to 90°, body in one line");
        HBox where = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        GridPane grid = FormDialogs.rows("The folder must be new or empty. It will hold video.mp4, keypoints.jsonl,"
                + " events.jsonl and manifest.json; open it later with \"Review a recording or video…\".",
                new Node[] {new Label("This is"), role}, new Node[] {new Label("New folder"), where},
                new Node[] {new Label("Notes"), notes});
        return FormDialogs.dialog(owner, "Record this session", "Record the session as it is coached", grid,
                "Record", folder.textProperty().isEmpty(),
                () -> new Choice(Path.of(folder.getText().strip()), role.getValue(), notes.getText()));
    }

    /** e.g. ~/FormCoach recordings/P-017-attempt-2026-11-28-1030. */
    static Path defaultFolder(String role, String patientCode, String stamp) {
        String name = (patientCode == null ? "" : patientCode.replaceAll("[^\\w-]", "_") + "-") + role + "-"
                + stamp;
        return Path.of(System.getProperty("user.home"), "FormCoach recordings", name);
    }
}
