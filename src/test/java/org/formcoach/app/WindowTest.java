package org.formcoach.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.formcoach.app.model.CoachEngine;
import org.formcoach.pose.MoveNetModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the window tests share: the headless JavaFX platform, a robot, a window closed after each test. */
abstract class WindowTest {

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    CoachWindow window;

    @BeforeAll
    static void platform() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws InterruptedException {
        if (window != null) {
            WindowShots.close(window);
        }
    }

    /** Opens the real main window on {@code engine}, with its settings in the test's folder. */
    CoachWindow open(CoachEngine engine, String program, String source, boolean askSafety) throws InterruptedException {
        AppConfig config = new AppConfig(Path.of("routines"), settingsDir(), source, program, MoveNetModel.LIGHTNING,
                askSafety, true, Duration.ofMinutes(90));
        window = CoachApp.open(config, engine, w -> { });
        return window;
    }

    Path settingsDir() {
        return dir.resolve("settings");
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
