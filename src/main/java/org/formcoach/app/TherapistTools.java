package org.formcoach.app;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.formcoach.app.model.SessionController;
import org.formcoach.recording.Recording;
import org.formcoach.recording.RecordingException;
import org.formcoach.review.ReviewMedia;
import org.formcoach.review.ReviewModel;
import org.formcoach.routine.Catalog;

/** The therapist's menu items of the main window: review a recording, edit a patient's thresholds. */
final class TherapistTools {

    private final Stage owner;
    private final Path dataDir;
    private final Catalog catalog;
    private final SessionController controller;
    private PatientWindow patients;

    TherapistTools(Stage owner, Path dataDir, Catalog catalog, SessionController controller) {
        this.owner = owner;
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.controller = controller;
    }

    /** Chooses a recording folder and opens it in the review window (read on a background thread). */
    void review() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a recording (its folder)");
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Recording r = Recording.load(folder.toPath());
                ReviewMedia media = ReviewMedia.of(r);
                var exercise = catalog.exercise(r.manifest().exercise()).orElse(null);
                Platform.runLater(() -> new ReviewWindow(new Stage(), new ReviewModel(media, exercise)).show());
            } catch (RecordingException e) {
                Platform.runLater(() -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                        e.getMessage()).show());
            }
        }, "review-open");
        t.setDaemon(true);
        t.start();
    }

    void patients() {
        if (patients == null) {
            patients = new PatientWindow(dataDir, catalog, controller::setPatient);
        }
        patients.show();
    }
}
