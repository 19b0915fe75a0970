package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on Monocle's headless platform, driven by TestFX. The frames come from
 * {@link SyntheticEngine}: SYNTHETIC stick-figure poses through the real form engine; the window,
 * its sink, view models and views are the app's own.
 */
class CoachWindowTest extends WindowTest {

    private boolean hasStyle(String id, String styleClass) {
        return robot.lookup(id).query().getStyleClass().contains(styleClass);
    }

    private static void await(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }

    @Test
    void syntheticPushupsAdvanceTheCounterThenASaggingBodyRaisesTheLineCue() throws Exception {
        // 2 controlled reps (8 s of video time), then the hips sag by 20° while holding still
        open(SyntheticEngine.pushupsThenSag(8.2, 16), "wall-pushup", "0", false);
        await(20, () -> text("#counter").equals("Set 1 of 2 — 1 / 8"));
        await(20, () -> text("#counter").equals("Set 1 of 2 — 2 / 8"));
        assertEquals("2", text("#ring-text"));
        assertEquals("Wall push-up", text("#exercise-title"));
        await(20, () -> text("#banner").startsWith("Tighten your stomach and lift your hips"));
        assertTrue(hasStyle("#banner", "tone-error"), "an error cue is shown red");
        assertTrue(text("#readout").endsWith("fps · 25 ms"), text("#readout"));
        assertEquals("Set 1 of 2 — 2 / 8", text("#counter"), "a sagging hold counts nothing");
    }

    @Test
    void spacePausesAndResumesAndNSkipsToTheNextStep() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "weekend-session", "0", false);
        await(20, () -> text("#exercise-title").equals("Chest opener"));  // the warm-up first
        await(20, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(5, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Resume"));
        assertEquals("Paused", text("#banner"), "the banner and the status line agree");
        assertTrue(text("#status").startsWith("Paused"), text("#status"));
        HistoryWindowTest.shot(window.scene(), "paused");
        robot.press(KeyCode.N).release(KeyCode.N);
        await(5, () -> text("#exercise-title").equals("Shoulder rolls"));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(5, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        robot.press(KeyCode.H).release(KeyCode.H);
        assertTrue(robot.lookup("#help").query().isVisible(), "H shows the shortcuts");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#help").query().isVisible());
    }

    @Test
    void deskModeWatchesPostureInACompactWindow() throws Exception {
        // SYNTHETIC side-view poses standing in for a person at a desk
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        await(20, () -> window.framesAnalysed() > 0);
        robot.press(KeyCode.D).release(KeyCode.D);
        await(10, () -> robot.lookup("#desk-headline").tryQuery().map(Node::isVisible).orElse(false));
        await(10, () -> text("#exercise-title").equals("Desk-posture watch"));
        // the watch records a neutral over 5 s of video time, then reports on posture
        await(20, () -> text("#desk-headline").equals("Posture OK"));
        assertTrue(window.stage().isIconified(), "the main window steps aside");
    }

    @Test
    void aMissingVideoShowsTheNoSourcePanelWithItsMessage() throws Exception {
        // the real engine: the file is checked before any model is loaded
        open(new PipelineEngine(), "wall-pushup", "no/such/video.mp4", false);
        await(20, () -> robot.lookup("#no-source").query().isVisible());
        String detail = text("#no-source-detail");
        assertTrue(detail.contains("no/such/video.mp4"), detail);
        Node open = robot.lookup("#open-video").query();
        Node retry = robot.lookup("#try-again").query();
        assertTrue(open.isVisible() && retry.isVisible());
    }

    @Test
    void aFileThatIsNoVideoSaysSoInThePanel() throws Exception {
        Path junk = Files.write(dir.resolve("holiday.mp4"), new byte[4096]);
        open(new PipelineEngine(), "wall-pushup", junk.toString(), false);
        await(20, () -> robot.lookup("#no-source").query().isVisible());
        assertTrue(text("#no-source-detail").contains("holiday.mp4"), text("#no-source-detail"));
        assertEquals("This file cannot be played", text("#banner"));
    }

    @Test
    void firstRunDoesTheHeadRotationThenAsksWhatWasFeltThenTheOtherRedFlagsThenTheChosenExercise() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", true);
        await(20, () -> text("#exercise-title").equals("Pain assessment (head rotation)"));
        await(20, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        assertFalse(robot.lookup("#safety").query().isVisible(), "the movement comes before the questions");
        HistoryWindowTest.shot(window.scene(), "safety-1-pain-assessment");
        robot.press(KeyCode.N).release(KeyCode.N);  // skip the assessment's 30 s
        await(10, () -> robot.lookup("#safety").query().isVisible());
        assertEquals("What did you feel while turning your head?", text("#safety .panel-heading"));
        List<String> order = robot.lookup(".radio-button").queryAll().stream().map(Node::getId)
                .filter(id -> id.endsWith("-no")).toList();
        assertEquals(List.of("flag-numbness-during-no", "flag-radiating-during-no", "flag-arm-numbness-no",
                "flag-night-pain-no", "flag-bladder-bowel-no", "flag-fever-no", "flag-cancer-history-no"), order,
                "what was felt during the movement first, then the other red flags");
        HistoryWindowTest.shot(window.scene(), "safety-2-questions");
        for (String no : order) {
            robot.clickOn("#" + no);
        }
        robot.clickOn("#safety-continue");
        await(20, () -> text("#exercise-title").equals("Wall push-up"));
        assertTrue(storedSettings().screeningPassed(), "remembered for the next start");
        await(20, () -> text("#counter").startsWith("Set 1 of 2 — "));
    }

    @Test
    void iHaveASymptomPausesCoachingAndAYesStopsItWithTheNurseLine() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        await(20, () -> !robot.lookup("#symptom").query().isDisabled());
        robot.clickOn("#symptom");
        await(5, () -> robot.lookup("#safety").query().isVisible());
        assertEquals("You have a symptom: coaching is paused", text("#safety .panel-heading"));
        assertTrue(robot.lookup("#start").query().isDisabled(), "the session waits behind the questions");
        HistoryWindowTest.shot(window.scene(), "symptom-1-questions");
        for (String id : new String[] {"arm-numbness", "night-pain", "bladder-bowel", "cancer-history"}) {
            robot.clickOn("#flag-" + id + "-no");
        }
        robot.clickOn("#flag-fever-yes");
        robot.clickOn("#safety-continue");
        await(5, () -> text("#safety-result").contains("811 in most Canadian provinces"));
        assertTrue(text("#safety-result").contains("fever with back pain"), text("#safety-result"));
        HistoryWindowTest.shot(window.scene(), "symptom-2-stop");
        robot.clickOn("#safety-continue");
        await(5, () -> text("#banner").startsWith("Coaching is off"));
        assertTrue(robot.lookup("#symptom").query().isDisabled());
    }

    @Test
    void aDamagedSettingsFileDoesNotKeepTheWindowFromOpening() throws Exception {
        Files.createDirectories(settingsDir());
        Files.writeString(settingsDir().resolve("settings.properties"),
                "screening.passed=true\nmirror=\\u00zz\n");
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", true);
        await(5, () -> text("#saving").contains("was damaged"));
        assertTrue(text("#saving").contains("set aside as settings.properties.damaged-"), text("#saving"));
        await(20, () -> text("#exercise-title").equals("Pain assessment (head rotation)"));  // the defaults: safety first
        try (Stream<Path> files = Files.list(settingsDir())) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("settings.properties.damaged-"))
                    .count());
        }
    }

    @Test
    void aYesToAnUrgentSafetyQuestionStopsCoachingWithTheEmergencyWords() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", true);
        await(20, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        assertEquals("Pain assessment (head rotation)", text("#exercise-title"));
        robot.press(KeyCode.N).release(KeyCode.N);
        await(10, () -> robot.lookup("#safety").query().isVisible());
        assertTrue(robot.lookup("#start").query().isDisabled(), "no coaching before the questions are answered");
        for (String id : new String[] {"numbness-during", "radiating-during", "arm-numbness", "night-pain"}) {
            robot.clickOn("#flag-" + id + "-no");
        }
        robot.clickOn("#flag-bladder-bowel-yes");
        robot.clickOn("#safety-continue");
        await(5, () -> text("#safety-result").contains("emergency"));
        robot.clickOn("#safety-continue");
        await(5, () -> text("#banner").startsWith("Coaching is off"));
        assertFalse(storedSettings().screeningPassed());
    }
}
