package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.formcoach.patient.PatientProfile;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.recording.Manifest;
import org.formcoach.recording.Recording;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Recording from the main window: the menu item starts and stops it, the mark shows while it runs,
 * and the status line says where the recording is. The folder is given in place of the dialog.
 */
class RecordWindowTest extends WindowTest {

    private static final Path CLIP = Path.of("src/test/resources/clips/pushup-side-01.mp4");

    private MenuItem recordItem() {
        return robot.lookup("#menu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "menu-record".equals(i.getId())).findFirst().orElseThrow();
    }

    private boolean marked() {
        return robot.lookup("#recording").query().isVisible();
    }

    /** Opens the ☰ menu and clicks the recording item, whatever it says now. */
    private void clickRecordItem() throws Exception {
        robot.clickOn("#menu");
        String text = WindowShots.onFx(() -> recordItem().getText());
        robot.clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerDialog(Path folder, String role, AtomicReference<String> askedFor) throws Exception {
        WindowShots.onFx(() -> {
            window.answerRecordDialog((owner, patient) -> {
                askedFor.set(patient);
                return Optional.of(new RecordDialog.Choice(folder, role, "Demonstration: elbows to 90°"));
            });
            return null;
        });
    }

    @Test
    void theMenuItemStartsAndStopsTheRecordingAndTheMarkShowsMeanwhile() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 3);
        assertFalse(marked());
        assertEquals("Record this session…", WindowShots.onFx(() -> recordItem().getText()));
        Path folder = dir.resolve("demo");
        AtomicReference<String> askedFor = new AtomicReference<>("none");
        answerDialog(folder, "demonstration", askedFor);

        clickRecordItem();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::marked);
        assertEquals("● Recording", text("#recording"));
        assertNull(askedFor.get(), "no patient is active");
        assertEquals("Stop recording", WindowShots.onFx(() -> recordItem().getText()));
        assertEquals("Recording the session in " + folder, text("#status"));
        long at = window.framesAnalysed();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > at + 10);

        clickRecordItem();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#status").startsWith("Recorded "));
        assertFalse(marked());
        assertTrue(text("#status").endsWith(" in " + folder), text("#status"));
        assertEquals("Record this session…", WindowShots.onFx(() -> recordItem().getText()));
        Manifest m = Recording.load(folder).manifest();
        assertTrue(m.frames() >= 10 && m.complete(), m.toString());
        assertEquals("demonstration", m.role());
        assertEquals("wall-pushup", m.exercise());
        assertEquals("Demonstration: elbows to 90°", m.notes());
        assertEquals(m.frames(), Files.readAllLines(folder.resolve(Manifest.KEYPOINTS)).size());
    }

    @Test
    void theDialogProposesTheActivePatientsAttemptInANewFolder() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        javafx.scene.control.Dialog<RecordDialog.Choice> dialog = WindowShots.onFx(() -> {
            javafx.scene.control.Dialog<RecordDialog.Choice> d = RecordDialog.dialog(window.stage(), "P-017");
            d.show();
            return d;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            HistoryWindowTest.shot(dialog.getDialogPane().getScene(), "record-dialog");
            RecordDialog.Choice choice = WindowShots.onFx(() -> {
                dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0))
                        .fireEvent(new javafx.event.ActionEvent());
                return dialog.getResult();
            });
            assertEquals("attempt", choice.role());
            assertTrue(choice.folder().getFileName().toString().startsWith("P-017-attempt-"), choice.toString());
            assertTrue(Files.notExists(choice.folder()), "a new folder");
        } finally {
            WindowShots.onFx(() -> {
                dialog.close();
                return null;
            });
        }
    }

    @Test
    void aPatientsAttemptOnARealClipIsMarkedWhileRecordedAndEndsWithTheClip() throws Exception {
        PatientProfile anna = new PatientProfile("P-017", "Anna", "", "", "", List.of(
                new PatientProfile.Threshold("floor-pushup", "head-line", -20.0, 20.0)));
        window = CoachApp.open(new AppConfig(Path.of("routines"), settingsDir(), CLIP.toString(), "floor-pushup",
                MoveNetModel.LIGHTNING, false, false, Duration.ofMinutes(90), dataDir(), false, anna),
                new PipelineEngine(), w -> { });
        assertEquals("Patient P-017 (Anna)", text("#patient"), "--patient: active from the start");
        Path folder = dir.resolve("anna-attempt");
        AtomicReference<String> askedFor = new AtomicReference<>();
        answerDialog(folder, "attempt", askedFor);
        assertTrue(WindowShots.onFx(() -> recordItem().isDisable()), "nothing runs yet: nothing to record");
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !WindowShots.onFx(() -> recordItem().isDisable()));
        clickRecordItem();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> marked() || text("#status").startsWith("Recorded"));
        HistoryWindowTest.shot(window.scene(), "recording");
        assertEquals("P-017", askedFor.get(), "the dialog proposes the patient's attempt");

        // the clip ends: so does the recording
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#status").startsWith("Recorded "));
        assertFalse(marked());
        HistoryWindowTest.shot(window.scene(), "recorded");
        Manifest m = Recording.load(folder).manifest();
        assertTrue(m.frames() > 0 && m.complete(), m.toString());
        assertEquals("attempt", m.role());
        assertEquals("P-017", m.patient());
        assertEquals("floor-pushup", m.exercise());
    }
}
