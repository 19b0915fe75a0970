package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.formcoach.app.model.SessionController.Program;
import org.formcoach.pose.MoveNetModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user meets first, in the real window on the headless platform: the first run, desk
 * mode without a camera, warnings, mirroring of files, and the words of the banner, the status line
 * and the side panel agreeing. SYNTHETIC frames (see {@link SyntheticEngine}).
 */
class FirstUseWindowTest extends WindowTest {

    private static void await(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Program> picker() {
        return robot.lookup("#program").queryAs(ComboBox.class);
    }

    private void choose(String programId) {
        ComboBox<Program> picker = picker();
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(p -> p.id().equals(programId))
                .findFirst().orElseThrow()));
    }

    private void answerAllNo() {
        for (Node no : robot.lookup(".radio-button").queryAll()) {
            if (no.getId().endsWith("-no")) {
                robot.clickOn(no);
            }
        }
        robot.clickOn("#safety-continue");
    }

    @Test
    void theFirstRunKeepsTheChosenRoutineThroughTheSafetyStepsAndStartsItAfterThem() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "office-reset", "0", true);
        // the programme's order: the head-rotation pain assessment, then its questions, then the routine
        await(20, () -> text("#exercise-title").equals("Pain assessment (head rotation)"));
        assertEquals("office-reset", picker().getValue().id(), "the picker keeps the choice");
        assertEquals("Safety check first, then 90-second office reset", text("#routine-name"));
        HistoryWindowTest.shot(window.scene(), "first-run-check");
        await(20, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        robot.press(KeyCode.N).release(KeyCode.N);  // skip the assessment's 30 s
        await(10, () -> showing("#safety"));
        assertEquals("office-reset", picker().getValue().id());
        answerAllNo();
        await(20, () -> text("#exercise-title").equals("Chest opener"));
        assertEquals("90-second office reset", text("#routine-name"));
        assertEquals("office-reset", picker().getValue().id());
    }

    @Test
    void deskModeWithoutACameraSaysSoWithOpenAVideoAndTryAgain() throws Exception {
        open(new SyntheticEngine(t -> null, 1000, 1 / 15.0, 8).withoutCameras(), "wall-pushup", null, false);
        await(20, () -> showing("#no-source"));
        robot.press(KeyCode.D).release(KeyCode.D);
        await(10, () -> showing("#desk-headline") && text("#desk-headline").equals("No camera found"));
        assertTrue(showing("#desk-open-video") && showing("#desk-try-again"), "the same way forward as the window's");
        assertTrue(text("#desk-nudge").startsWith("FormCoach could not find a camera"), text("#desk-nudge"));
        robot.clickOn("#desk-try-again");
        await(10, () -> text("#desk-headline").equals("No camera found"));
        Stage desk = window.deskStage();
        List<String> cut = WindowShots.onFx(() -> Fit.cutOff(desk.getScene()));
        assertEquals(List.of(), cut, "the desk window holds its words");
        HistoryWindowTest.shot(desk.getScene(), "desk-no-camera");
    }

    @Test
    void theDeskWindowHoldsItsWordsWhileCalibratingAndAtTheReset() throws Exception {
        AppConfig config = new AppConfig(Path.of("routines"), settingsDir(), "0", "wall-pushup", MoveNetModel.LIGHTNING,
                false, true, Duration.ofSeconds(15), dataDir());
        // in real time, so that the 5 s calibration is on screen long enough to be seen on a busy
        // machine, and the reset (15 s after desk mode starts) comes after it
        window = CoachApp.open(config, SyntheticEngine.pushupsThenSag(1000, 1000, 67), w -> { });
        await(20, () -> window.framesAnalysed() > 0);
        robot.press(KeyCode.D).release(KeyCode.D);
        await(10, () -> showing("#desk-headline") && text("#desk-headline").startsWith("Calibrating"));
        Stage desk = window.deskStage();
        assertEquals(List.of(), WindowShots.onFx(() -> Fit.cutOff(desk.getScene())), "calibrating");
        await(30, () -> text("#desk-headline").equals("Time for the 90-second office reset"));
        assertEquals(List.of(), WindowShots.onFx(() -> Fit.cutOff(desk.getScene())), "at the reset, with its buttons");
        HistoryWindowTest.shot(desk.getScene(), "desk-reset");
    }

    @Test
    void anUnknownProgramFallsBackToTheDefaultAndItsWarningStaysUntilDismissed() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "ofice-reset", "0", false);
        await(10, () -> showing("#warning-bar"));
        assertTrue(text("#warning").startsWith("There is no routine or exercise 'ofice-reset'"), text("#warning"));
        assertEquals("wall-pushup", picker().getValue().id());
        await(20, () -> text("#counter").equals("Set 1 of 2 — 1 / 8"));
        assertTrue(showing("#warning-bar"), "coaching went on and the warning is still there");
        assertTrue(text("#status").startsWith("Coaching from"), text("#status"));
        HistoryWindowTest.shot(window.scene(), "unknown-program");
        robot.clickOn("#dismiss-warning");
        await(5, () -> !showing("#warning-bar"));
    }

    @Test
    void aFilePlaysUnmirroredWhileTheCameraIsShownLikeAMirror() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", dir.resolve("recording.mp4").toString(), false);
        await(20, () -> window.framesAnalysed() > 0);
        ToggleButton mirror = robot.lookup("#mirror").queryAs(ToggleButton.class);
        assertFalse(mirror.isSelected());
        assertFalse(WindowShots.onFx(window::pictureMirrored), "the recording is drawn as it was recorded");
        robot.interact(() -> window.controller().selectSource("0"));
        await(10, () -> mirror.isSelected());
        assertTrue(WindowShots.onFx(window::pictureMirrored), "the camera like a mirror");
    }

    @Test
    void mirroringAFileIsForThatRunAndLeavesTheCamerasChoiceAlone() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        await(20, () -> window.framesAnalysed() > 0);
        ToggleButton mirror = robot.lookup("#mirror").queryAs(ToggleButton.class);
        assertTrue(mirror.isSelected(), "the camera like a mirror by default");
        robot.press(KeyCode.M).release(KeyCode.M);
        await(5, () -> !mirror.isSelected());
        assertFalse(storedSettings().mirrored(), "the camera's choice is kept");

        robot.interact(() -> window.controller().selectSource(dir.resolve("recording.mp4").toString()));
        await(20, () -> text("#status").startsWith("Coaching from") && text("#status").endsWith("recording.mp4"));
        assertFalse(WindowShots.onFx(window::pictureMirrored), "the recording as it was recorded");
        robot.press(KeyCode.M).release(KeyCode.M);
        await(5, mirror::isSelected);
        assertTrue(WindowShots.onFx(window::pictureMirrored), "M mirrors the recording when asked");
        assertFalse(storedSettings().mirrored(), "mirroring a recording does not change the camera's choice");

        robot.interact(() -> window.controller().selectSource("0"));
        await(10, () -> text("#status").startsWith("Coaching from") && !text("#status").endsWith("recording.mp4"));
        assertFalse(mirror.isSelected());
        assertFalse(WindowShots.onFx(window::pictureMirrored), "the camera as its user chose");
    }

    @Test
    void theBannerTheStatusLineAndTheSidePanelAgreeWhenTheVideoEnds() throws Exception {
        // two wall push-ups (8 s of video), and the video ends at 9 s
        open(SyntheticEngine.pushupsThenSag(1000, 9), "wall-pushup", dir.resolve("short.mp4").toString(), false);
        await(30, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Play again"));
        assertEquals("The video has ended", text("#banner"));
        assertTrue(text("#status").startsWith("The video has ended: "), text("#status"));
        await(10, () -> showing("#journal"));
        assertEquals("1 set · 2 reps, 2 clean", text("#journal-summary"));
        assertEquals("Set 1 of 2 — 2 / 8", text("#counter"), "the side panel keeps what the video did");
        assertEquals("2", text("#ring-text"));
    }

    @Test
    void theBannerAndTheStatusLineAgreeWhenCoachingIsOff() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", true);
        await(20, () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Pause"));
        robot.press(KeyCode.N).release(KeyCode.N);  // the pain assessment comes first: skip its 30 s
        await(10, () -> showing("#safety"));
        for (Node no : robot.lookup(".radio-button").queryAll()) {
            if (no.getId().endsWith("-no") && !no.getId().startsWith("flag-night-pain")) {
                robot.clickOn(no);
            }
        }
        robot.clickOn("#flag-night-pain-yes");
        robot.clickOn("#safety-continue");
        await(5, () -> text("#safety-result").contains("healthcare provider"));
        robot.clickOn("#safety-continue");
        await(5, () -> text("#banner").equals("Coaching is off: please contact a healthcare provider first"));
        assertEquals("Coaching is off until the safety questions are answered all \"no\"", text("#status"));
        choose("office-reset");
        assertEquals("90-second office reset", text("#routine-name"), "the side panel follows the picker");
        assertEquals("Coaching is off: please contact a healthcare provider first", text("#banner"));
    }

    @Test
    void theSidePanelFollowsThePickerWhileCoachingAndWhenNoCameraIsFound() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        await(20, () -> text("#counter").startsWith("Set 1 of 2 — "));
        choose("office-reset");
        await(20, () -> text("#exercise-title").equals("Chest opener"));
        assertEquals("90-second office reset", text("#routine-name"));
        Thread.sleep(500);  // frames of the stopped session must not bring the push-ups back
        assertEquals("Chest opener", text("#exercise-title"));
        assertEquals("90-second office reset", text("#routine-name"));
        WindowShots.close(window);

        open(new SyntheticEngine(t -> null, 1000, 1 / 15.0, 8).withoutCameras(), "wall-pushup", null, false);
        await(20, () -> showing("#no-source"));
        choose("weekend-session");
        assertEquals("15-minute weekend session", text("#routine-name"));
        assertEquals("Chest opener", text("#exercise-title"), "the routine's first step: the warm-up");
        assertEquals("No camera found", text("#banner"));
    }

    @Test
    void theMenuPlaysTheDemoWithoutTheQuestions() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", true);
        await(20, () -> text("#exercise-title").equals("Pain assessment (head rotation)"));  // the safety steps
        robot.clickOn("#menu");
        robot.clickOn("Play the demo (floor push-ups)");
        await(20, () -> text("#status").startsWith("Demo: Floor push-up on a sample clip"));
        assertFalse(showing("#safety"), "a clip of someone else asks no questions");
        assertEquals("Floor push-up", text("#exercise-title"), "nor does it turn its head");
        assertEquals("floor-pushup", picker().getValue().id());
        String source = String.valueOf(robot.lookup("#source").queryAs(ComboBox.class).getValue());
        assertTrue(source.endsWith("samples/pushup-side-02.mp4"), source);
    }
}
