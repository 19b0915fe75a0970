package org.formcoach.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.formcoach.app.model.SessionController;
import org.formcoach.compare.Comparison;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.review.ReviewModel;
import org.formcoach.review.ReviewSources;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;

/**
 * The therapist's menu items of the main window: review a recording or video, compare an attempt
 * with a demonstration, edit a patient's thresholds. Recordings and videos are opened on a
 * background thread (a video is analysed with the pose model first) while a small window says so;
 * anything that cannot be opened is said in one line.
 */
final class TherapistTools {

    /** Asks for a recording or video to review (the file chooser, or a test's answer). */
    @FunctionalInterface
    interface MediaAsker {
        Optional<Path> ask(Window owner, String title);
    }

    /** Asks what to compare (the dialog, or a test's answer): owner, catalog, exercise on screen. */
    @FunctionalInterface
    interface CompareAsker {
        Optional<CompareDialog.Choice> ask(Window owner, Catalog catalog, Exercise current);
    }

    private final Stage owner;
    private final Path dataDir;
    private final Catalog catalog;
    private final SessionController controller;
    private PatientWindow patients;
    private MediaAsker mediaAsker = MediaChooser::choose;
    private BiFunction<Window, Exercise, Optional<Exercise>> exerciseAsker = this::askExercise;
    private CompareAsker compareAsker = CompareDialog::ask;
    private ReportDialog.Asker reportAsker = ReportDialog::ask;
    /** The review and compare windows opened last (tests look at them). */
    private ReviewWindow lastReview;
    private CompareWindow lastCompare;
    private String lastProblem;

    TherapistTools(Stage owner, Path dataDir, Catalog catalog, SessionController controller) {
        this.owner = owner;
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.controller = controller;
    }

    /** Chooses a recording or a video and opens it in the review window. */
    void review() {
        Optional<Path> file = mediaAsker.ask(owner, "Review");
        if (file.isEmpty()) {
            return;
        }
        Exercise exercise = null;
        if (ReviewSources.needsExercise(file.get())) {
            Optional<Exercise> chosen = exerciseAsker.apply(owner, currentExercise());
            if (chosen.isEmpty()) {
                return;
            }
            exercise = chosen.get();
        }
        Exercise judged = exercise;
        Busy busy = Busy.show(owner, "Opening " + file.get().getFileName() + "…");
        background("review-open", busy, () -> {
            try {
                ReviewSources.Opened opened = ReviewSources.open(file.get(), judged, catalog, this::model,
                        n -> busy.progress(n));
                Platform.runLater(() -> {
                    busy.close();
                    ReviewWindow w = new ReviewWindow(new Stage(), new ReviewModel(opened.media(), opened.exercise()));
                    w.answerReportDialog(reportAsker);
                    lastReview = w;
                    w.show();
                });
            } catch (ReviewSources.OpenException e) {
                Platform.runLater(() -> problem(busy, "Cannot review " + file.get().getFileName(), e.getMessage()));
            }
        });
    }

    /** Asks for a demonstration, an attempt and their exercise, and shows them side by side. */
    void compare() {
        Optional<CompareDialog.Choice> choice = compareAsker.ask(owner, catalog, currentExercise());
        if (choice.isEmpty()) {
            return;
        }
        CompareDialog.Choice c = choice.get();
        Busy busy = Busy.show(owner, "Opening the demonstration and the attempt…");
        background("compare-open", busy, () -> {
            try {
                ReviewSources.Opened reference = ReviewSources.open(c.reference(), c.exercise(), catalog, this::model,
                        n -> busy.progress(n));
                ReviewSources.Opened attempt = ReviewSources.open(c.attempt(), c.exercise(), catalog, this::model,
                        n -> busy.progress(n));
                if (reference.media().frameCount() < 2 || attempt.media().frameCount() < 2) {
                    Path empty = reference.media().frameCount() < 2 ? c.reference() : c.attempt();
                    Platform.runLater(() -> problem(busy, "Cannot compare", empty
                            + " has no frames to compare; record or choose a longer one"));
                    return;
                }
                Comparison.Result result = Comparison.compare(reference.media(), attempt.media(), c.exercise());
                Platform.runLater(() -> {
                    busy.close();
                    CompareWindow w = new CompareWindow(new Stage(), result, reference.media(), attempt.media(),
                            c.exercise());
                    w.answerReportDialog(reportAsker);
                    lastCompare = w;
                    w.show();
                });
            } catch (ReviewSources.OpenException e) {
                Platform.runLater(() -> problem(busy, "Cannot compare", e.getMessage()));
            }
        });
    }

    void patients() {
        if (patients == null) {
            patients = new PatientWindow(dataDir, catalog, controller::setPatient);
        }
        patients.show();
    }

    /** The exercise on screen, when an exercise (not a routine) is chosen. */
    private Exercise currentExercise() {
        SessionController.Program p = controller.snapshot().program();
        return p == null ? null : catalog.exercise(p.id()).orElse(null);
    }

    /** A fresh estimator of the model the window coaches with (closed after the analysis). */
    private MoveNetEstimator model() {
        return MoveNetEstimator.load(controller.snapshot().model(), ModelDirectory.resolve());
    }

    private Optional<Exercise> askExercise(Window window, Exercise current) {
        var exercises = catalog.exercisesByName();
        if (exercises.isEmpty()) {
            problem(null, "Cannot review a video", "there are no exercises to judge it by");
            return Optional.empty();
        }
        java.util.Map<String, Exercise> byName = new java.util.LinkedHashMap<>();
        exercises.forEach(e -> byName.putIfAbsent(e.name(), e));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current != null ? current.name() : exercises.get(0).name(),
                byName.keySet());
        dialog.initOwner(window);
        dialog.setTitle("Review a video");
        dialog.setHeaderText("Which exercise is in the video?");
        dialog.setContentText("Exercise:");
        dialog.getDialogPane().getStylesheets().add(CoachWindow.STYLESHEET);
        return dialog.showAndWait().map(byName::get);
    }

    private void problem(Busy busy, String header, String line) {
        if (busy != null) {
            busy.close();
        }
        lastProblem = line;
        Alert alert = new Alert(Alert.AlertType.WARNING, line);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(CoachWindow.STYLESHEET);
        alert.show();
    }

    /** Work of a background thread; interrupted only when the app closes. */
    @FunctionalInterface
    private interface Work {
        void run() throws InterruptedException;
    }

    private void background(String name, Busy busy, Work work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();  // the app is closing
            } catch (RuntimeException e) {
                // the model or a library failing: one line, never a stack trace
                Platform.runLater(() -> problem(busy, "Cannot open it", "FormCoach could not open it ("
                        + e.getMessage() + ")"));
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    // ---- for tests ------------------------------------------------------------------------------

    void answerMedia(MediaAsker answer) {
        this.mediaAsker = answer;
    }

    void answerExercise(BiFunction<Window, Exercise, Optional<Exercise>> answer) {
        this.exerciseAsker = answer;
    }

    void answerCompare(CompareAsker answer) {
        this.compareAsker = answer;
    }

    void answerReport(ReportDialog.Asker answer) {
        this.reportAsker = answer;
    }

    ReviewWindow lastReview() {
        return lastReview;
    }

    CompareWindow lastCompare() {
        return lastCompare;
    }

    String lastProblem() {
        return lastProblem;
    }

    /** A small window that says what is being opened, with the frames analysed so far. */
    private static final class Busy {
        private final Stage stage;
        private final Label label;
        private final String what;
        private volatile long pending = -1;

        private Busy(Stage stage, Label label, String what) {
            this.stage = stage;
            this.label = label;
            this.what = what;
        }

        static Busy show(Window owner, String what) {
            Label label = new Label(what);
            label.setId("busy-text");
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(28, 28);
            HBox box = new HBox(12, spinner, label);
            box.setPadding(new Insets(16));
            box.getStyleClass().add("busy");
            Stage stage = new Stage(StageStyle.UTILITY);
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            stage.setTitle("FormCoach");
            Scene scene = new Scene(box);
            scene.getStylesheets().add(CoachWindow.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return new Busy(stage, label, what);
        }

        /** From the analysing thread: the frames analysed; shown at most once per pulse. */
        void progress(long frames) {
            if (pending < 0) {
                pending = frames;
                Platform.runLater(() -> {
                    label.setText(what + " " + pending + " frames analysed");
                    pending = -1;
                });
            } else {
                pending = frames;
            }
        }

        void close() {
            stage.close();
        }
    }
}
