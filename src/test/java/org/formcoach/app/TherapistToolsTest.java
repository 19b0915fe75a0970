package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.formcoach.recording.TestRecordings;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The therapist's way through the app, in the real window: compare a patient's attempt with a
 * demonstration from the menu, review a recording (with its patient) or a video, and hand over a
 * report from either window. The recordings are made from REAL clips of the corpus with the real
 * model; only the file dialogs are answered by the test.
 */
class TherapistToolsTest extends WindowTest {

    private static final String PATIENT = "P-017";

    private final Exercise floorPushup = new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup")
            .orElseThrow();

    private CoachWindow coach() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "floor-pushup", "0", false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 0);
        return window;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");  // lines break anywhere
        }
    }

    @Test
    void aPatientsAttemptIsComparedWithTheDemonstrationFromTheMenuAndReportedAsAPdf() throws Exception {
        Path demonstration = TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration");
        Path attempt = TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt", PATIENT);
        Path pdf = dir.resolve("reports").resolve("P-017 compared.pdf");
        TherapistTools tools = coach().therapist();
        tools.answerCompare((owner, catalog, current) -> {
            assertEquals("floor-pushup", current.id(), "the exercise on screen is proposed");
            return Optional.of(new CompareDialog.Choice(demonstration, attempt, floorPushup));
        });
        tools.answerReport((owner, title, notes) -> Optional.of(new ReportDialog.Choice(pdf,
                "Hips sag at the bottom — keep the glutes tight.")));
        robot.interact(tools::compare);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tools.lastCompare() != null);
        CompareWindow compare = tools.lastCompare();
        try {
            robot.sleep(300);
            robot.clickOn("#compare-step-forward");
            assertEquals(1, compare.position());
            HistoryWindowTest.shot(compare.scene(), "compare-from-menu");
            robot.clickOn("#compare-report");
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !WindowShots.onFx(compare::message)
                    .equals("Writing the report…"));
            String said = WindowShots.onFx(compare::message);
            assertEquals("Report saved: " + pdf, said);
            String text = pdfText(pdf);
            assertTrue(text.contains("attempt against demonstration"), text);
            assertTrue(text.contains("Patient: " + PATIENT), "the attempt's patient is named: " + text);
            assertTrue(text.contains("Hips sag at the bottom — keep the glutes tight."), "the notes, em dash too");
            assertTrue(text.contains("Descent") && text.contains("Bottom"), "the differences by phase");
            assertTrue(text.contains("hip-line"), "the rule only the attempt broke: " + text);
        } finally {
            WindowShots.onFx(() -> {
                compare.stage().hide();
                return null;
            });
        }
    }

    @Test
    void aRecordingIsReviewedWithItsPatientAndReportedAsHtml() throws Exception {
        Path attempt = TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt", PATIENT);
        Path html = dir.resolve("attempt.html");
        TherapistTools tools = coach().therapist();
        tools.answerMedia((owner, title) -> Optional.of(attempt));
        tools.answerReport((owner, title, notes) -> {
            assertEquals(attempt.getFileName().toString(), title);
            return Optional.of(new ReportDialog.Choice(html, "Second session: fewer sags than last week."));
        });
        robot.interact(tools::review);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tools.lastReview() != null);
        ReviewWindow review = tools.lastReview();
        try {
            robot.sleep(300);
            Label patient = (Label) review.scene().lookup("#review-patient");
            assertNotNull(patient, "the recording's patient is shown");
            assertEquals("Patient: " + PATIENT, WindowShots.onFx(patient::getText));
            HistoryWindowTest.shot(review.scene(), "review-with-patient");
            robot.clickOn("#review-report");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WindowShots.onFx(() -> review.model().message())
                    .startsWith("Report "));
            assertEquals("Report saved: " + html, WindowShots.onFx(() -> review.model().message()));
            String page = Files.readString(html);
            assertTrue(page.contains("Patient: " + PATIENT + " · "), "named in the report");
            assertTrue(page.contains("Second session: fewer sags than last week."));
            assertTrue(page.contains("<img"), "key frames embedded");
            assertTrue(WindowShots.onFx(() -> review.model().frameCount()) > 100);
        } finally {
            WindowShots.onFx(() -> {
                review.stage().hide();
                return null;
            });
        }
    }

    @Test
    void aVideoIsAnalysedWithTheChosenExerciseAndOpenedForReview() throws Exception {
        Path video = Path.of("src/test/resources/clips/pushup-side-01.mp4");
        TherapistTools tools = coach().therapist();
        tools.answerMedia((owner, title) -> Optional.of(video));
        tools.answerExercise((owner, current) -> {
            assertEquals("floor-pushup", current.id());
            return Optional.of(current);
        });
        robot.interact(tools::review);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tools.lastReview() != null);
        ReviewWindow review = tools.lastReview();
        try {
            var media = review.model().media();
            assertEquals("pushup-side-01.mp4", media.title());
            assertEquals(57, media.frameCount(), "every frame of the 5.7 s clip at 10 fps");
            // labels.yaml: five reps, all to full depth
            assertEquals(5, media.reps().stream().filter(r -> r.counted()).count(), "the reps counted");
            assertTrue(media.track().stream().filter(f -> f.keypoints() != null && !f.keypoints().isEmpty()).count()
                    >= 55, "a pose on the frames");
        } finally {
            WindowShots.onFx(() -> {
                review.stage().hide();
                return null;
            });
        }
    }

    @Test
    void whatCannotBeOpenedIsSaidInOneLineNamingTheFile() throws Exception {
        Path notARecording = Files.createDirectories(dir.resolve("holiday photos"));
        Path demonstration = TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration");
        Path missing = dir.resolve("no such attempt");
        TherapistTools tools = coach().therapist();
        tools.answerMedia((owner, title) -> Optional.of(notARecording));
        robot.interact(tools::review);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tools.lastProblem() != null);
        assertEquals(notARecording + " is a folder but not a recording (it has no manifest.json)",
                tools.lastProblem());
        tools.answerCompare((owner, catalog, current) -> Optional.of(new CompareDialog.Choice(demonstration, missing,
                floorPushup)));
        robot.interact(tools::compare);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tools.lastProblem().contains("does not exist"));
        assertEquals(missing + " does not exist", tools.lastProblem());
        assertEquals(null, tools.lastCompare(), "nothing half-open");
        closeAlerts();
    }

    @Test
    void theCompareDialogProposesTheDemonstrationsExerciseAndTheReportDialogAPdf() throws Exception {
        Path demonstration = TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration");
        Path attempt = TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt", PATIENT);
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        var catalog = new RoutineLoader().load(Path.of("routines"));
        javafx.scene.control.Dialog<CompareDialog.Choice> compare = WindowShots.onFx(() -> {
            var d = CompareDialog.dialog(window.stage(), catalog, catalog.exercise("wall-pushup").orElseThrow());
            d.show();
            return d;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            var pane = compare.getDialogPane();
            javafx.scene.Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
            assertTrue(ok.isDisabled(), "nothing to compare yet");
            robot.interact(() -> ((javafx.scene.control.TextField) pane.lookup("#compare-reference-path"))
                    .setText(demonstration.toString()));
            @SuppressWarnings("unchecked")
            var exercise = (javafx.scene.control.ComboBox<Exercise>) pane.lookup("#compare-exercise");
            assertEquals("floor-pushup", exercise.getValue().id(), "the demonstration's own exercise, not the screen's");
            assertTrue(ok.isDisabled(), "no attempt yet");
            robot.interact(() -> ((javafx.scene.control.TextField) pane.lookup("#compare-attempt-path"))
                    .setText(attempt.toString()));
            HistoryWindowTest.shot(pane.getScene(), "compare-dialog");
            CompareDialog.Choice choice = WindowShots.onFx(() -> {
                ok.fireEvent(new javafx.event.ActionEvent());
                return compare.getResult();
            });
            assertEquals(new CompareDialog.Choice(demonstration, attempt, floorPushup), choice);
        } finally {
            WindowShots.onFx(() -> {
                compare.close();
                return null;
            });
        }
        javafx.scene.control.Dialog<ReportDialog.Choice> report = WindowShots.onFx(() -> {
            var d = ReportDialog.dialog(window.stage(), attempt.getFileName().toString(), "Elbows to 90°");
            d.show();
            return d;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            HistoryWindowTest.shot(report.getDialogPane().getScene(), "report-dialog");
            ReportDialog.Choice choice = WindowShots.onFx(() -> {
                report.getDialogPane().lookupButton(report.getDialogPane().getButtonTypes().get(0))
                        .fireEvent(new javafx.event.ActionEvent());
                return report.getResult();
            });
            assertEquals("Elbows to 90°", choice.notes(), "the recording's notes, to edit");
            assertTrue(choice.file().getFileName().toString().startsWith(attempt.getFileName() + "-report-")
                    && choice.file().toString().endsWith(".pdf"), choice.toString());
        } finally {
            WindowShots.onFx(() -> {
                report.close();
                return null;
            });
        }
    }

    /** The warnings are owned by the main window; close them so the next test starts clean. */
    private void closeAlerts() throws InterruptedException {
        WindowShots.onFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows().stream().toList()) {
                if (w instanceof Stage s && s != window.stage() && s.getOwner() == window.stage()) {
                    s.close();
                }
            }
            return null;
        });
    }
}
