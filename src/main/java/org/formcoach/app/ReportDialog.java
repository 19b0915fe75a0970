package org.formcoach.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.report.ReportFile;

/**
 * The "Report…" of the review and compare windows: asks for the therapist's notes and where to save
 * (PDF, or HTML for a .html name), then writes the report on a background thread (the key frames
 * and the PDF take a few seconds) and says where it went, or in one line why it could not.
 */
final class ReportDialog {

    /** Where to write the report and the notes to print in it (may be empty). */
    record Choice(Path file, String notes) {
    }

    /** How a window asks (the dialog, or a test's answer): owner, title, notes to propose. */
    @FunctionalInterface
    interface Asker {
        Optional<Choice> ask(Window owner, String title, String notes);
    }

    private ReportDialog() {
    }

    static Optional<Choice> ask(Window owner, String title, String notes) {
        return dialog(owner, title, notes).showAndWait();
    }

    /** The dialog, not shown yet: {@code title} names the file proposed, {@code notes} fills the notes. */
    static Dialog<Choice> dialog(Window owner, String title, String notes) {
        TextArea notesArea = new TextArea(notes == null ? "" : notes);
        notesArea.setId("report-notes");
        notesArea.setPromptText("What you saw and what to work on; printed in the report");
        notesArea.setPrefRowCount(4);
        notesArea.setWrapText(true);
        TextField file = new TextField(defaultFile(title).toString());
        file.setId("report-file");
        file.setPrefColumnCount(36);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the report");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"),
                    new FileChooser.ExtensionFilter("Web pages (HTML)", "*.html"));
            Path current = Path.of(file.getText().strip());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
            File picked = chooser.showSaveDialog(owner);
            if (picked != null) {
                file.setText(picked.getPath());
            }
        });
        HBox where = new HBox(8, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane grid = FormDialogs.rows("A .pdf name writes a PDF to print or send; a .html name a page that opens"
                + " in any browser, pictures included.", new Node[] {new Label("Notes"), notesArea},
                new Node[] {new Label("Save as"), where});
        return FormDialogs.dialog(owner, "Report", "A report of " + title, grid, "Save report",
                file.textProperty().isEmpty(), () -> new Choice(Path.of(file.getText().strip()), notesArea.getText()));
    }

    /** e.g. ~/FormCoach reports/P-017-attempt-2026-11-28-1030-report-2026-11-28.pdf. */
    static Path defaultFile(String title) {
        String name = title.replaceAll("[^\\w.-]+", "_") + "-report-" + LocalDate.now() + ".pdf";
        return Path.of(System.getProperty("user.home"), "FormCoach reports", name);
    }

    /**
     * Writes the report {@code page} makes from the notes to {@code choice.file()} in the background;
     * {@code say} hears, on the JavaFX thread, that it is being written and then where it was saved or
     * why not. The file is checked first, and a report already there is replaced only by a whole one.
     */
    static void write(Choice choice, Function<String, String> page, Consumer<String> say) {
        OutputFile target;
        try {
            target = ReportFile.check(choice.file());
        } catch (OutputException e) {
            say.accept("Report not saved: " + e.getMessage());
            return;
        }
        say.accept("Writing the report…");
        Thread writer = new Thread(() -> {
            String outcome;
            try {
                ReportFile.write(target, page.apply(choice.notes()));
                outcome = "Report saved: " + choice.file();
            } catch (OutputException e) {
                outcome = "Report not saved: " + e.getMessage();
            } catch (RuntimeException e) {
                outcome = "Report not saved: it could not be made (" + e.getMessage() + ")";
            }
            String said = outcome;
            Platform.runLater(() -> say.accept(said));
        }, "report-writer");
        writer.setDaemon(false);  // a report being written is finished even when the window closes
        writer.start();
    }
}
