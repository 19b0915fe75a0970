package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.formcoach.app.model.SessionController.Program;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on small screens: at the size it gets on a 1366 × 768 screen and on a 1280 × 720 one
 * (each with a task bar and a title bar), no word is shortened and no control lies outside, in
 * every state a new user meets and with every program in the picker; at its smallest size every
 * control is still inside. And it opens where it was closed. SYNTHETIC frames.
 */
class WindowFitTest extends WindowTest {

    /** The window's inside on a 1366 × 768 and on a 1280 × 720 screen, less a 40-pixel task bar and a 30-pixel title bar. */
    private static final int[][] SCREENS = {{1366, 698}, {1280, 650}};

    private List<String> cutOff() throws InterruptedException {
        return WindowShots.onFx(() -> Fit.cutOff(window.scene()));
    }

    private void fit(int width, int height) throws InterruptedException {
        WindowShots.resize(window, width, height);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerAllNo() {
        for (Node no : robot.lookup(".radio-button").queryAll()) {
            if (no.getId().endsWith("-no")) {
                robot.clickOn(no);
            }
        }
        robot.clickOn("#safety-continue");
    }

    /** Forgets the settings and the database, so that the next start is a first run again. */
    private void firstRunAgain() throws IOException {
        for (Path kept : List.of(settingsDir(), dataDir())) {
            if (Files.exists(kept)) {
                try (Stream<Path> files = Files.walk(kept)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    @Test
    void everyWordIsWholeOnA1366x768AndA1280x720Screen() throws Exception {
        for (int[] size : SCREENS) {
            String at = size[0] + "x" + size[1] + ": ";
            List<String> cut = new ArrayList<>();
            firstRunAgain();  // each screen meets the safety steps
            open(SyntheticEngine.pushupsThenSag(1000, 1000), "weekend-session", "0", true);
            fit(size[0], size[1]);
            // the programme's order: the pain assessment (the head rotation), then the questions
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 5);
            cut.addAll(cutOff().stream().map(c -> at + "the pain assessment: " + c).toList());
            robot.interact(() -> window.controller().skip());  // skip its 30 s
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#safety").query().isVisible());
            cut.addAll(cutOff().stream().map(c -> at + "the safety questions: " + c).toList());
            HistoryWindowTest.shot(window.scene(), "fit-" + size[0] + "-questions");
            answerAllNo();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 5);
            cut.addAll(cutOff().stream().map(c -> at + "coaching: " + c).toList());
            @SuppressWarnings("unchecked")
            ComboBox<Program> picker = robot.lookup("#program").queryAs(ComboBox.class);
            for (Program p : picker.getItems()) {
                robot.interact(() -> picker.setValue(p));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#routine-name").length() > 0);
                cut.addAll(cutOff().stream().map(c -> at + p.id() + ": " + c).toList());
            }
            @SuppressWarnings("unchecked")
            ComboBox<org.formcoach.pose.MoveNetModel> model = robot.lookup("#model").queryAs(ComboBox.class);
            @SuppressWarnings("unchecked")
            ComboBox<Object> resolution = robot.lookup("#resolution").queryAs(ComboBox.class);
            robot.interact(() -> {
                model.setValue(org.formcoach.pose.MoveNetModel.THUNDER);
                resolution.setValue(resolution.getItems().get(resolution.getItems().size() - 1));
            });
            cut.addAll(cutOff().stream().map(c -> at + "the accurate model at 1280 × 720: " + c).toList());
            robot.press(KeyCode.H).release(KeyCode.H);
            cut.addAll(cutOff().stream().map(c -> at + "the shortcuts: " + c).toList());
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            HistoryWindowTest.shot(window.scene(), "fit-" + size[0] + "-coaching");
            WindowShots.close(window);

            open(new SyntheticEngine(t -> null, 1000, 1 / 15.0, 8).withoutCameras(), "no-such-routine", null, false);
            fit(size[0], size[1]);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#no-source").query().isVisible());
            cut.addAll(cutOff().stream().map(c -> at + "no camera, a warning: " + c).toList());
            HistoryWindowTest.shot(window.scene(), "fit-" + size[0] + "-no-camera");
            WindowShots.close(window);
            window = null;
            assertEquals(List.of(), cut, "cut off");
        }
    }

    @Test
    void atItsSmallestEveryControlIsInside() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "weekend-session", "0", false);
        Stage stage = window.stage();
        fit((int) stage.getMinWidth(), (int) stage.getMinHeight());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 5);
        assertEquals(List.of(), cutOff().stream().filter(c -> c.contains("lies outside")).toList());
    }

    @Test
    void theWindowOpensWhereItWasClosed() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        Stage first = window.stage();
        robot.interact(() -> {
            first.setX(120);
            first.setY(60);
            first.setWidth(1010);
            first.setHeight(660);
        });
        WindowShots.close(window);
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false);
        Stage again = window.stage();
        assertEquals(List.of(120.0, 60.0, 1010.0, 660.0),
                WindowShots.onFx(() -> List.of(again.getX(), again.getY(), again.getWidth(), again.getHeight())));
    }
}
