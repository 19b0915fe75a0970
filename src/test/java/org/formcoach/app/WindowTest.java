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
        return open(engine, program, source, askSafety, java.time.Clock.systemDefaultZone());
    }

    /** As {@link #open(CoachEngine, String, String, boolean)}, with the wall clock of the history and ladder. */
    CoachWindow open(CoachEngine engine, String program, String source, boolean askSafety, java.time.Clock clock)
            throws InterruptedException {
        AppConfig config = new AppConfig(Path.of("routines"), settingsDir(), source, program, MoveNetModel.LIGHTNING,
                askSafety, true, Duration.ofMinutes(90), dataDir());
        window = CoachApp.open(config, engine, clock, w -> { });
        return window;
    }

    Path settingsDir() {
        return dir.resolve("settings");
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    /** The settings as the next start would find them (in the database). */
    org.formcoach.app.model.AppSettings storedSettings() {
        try (org.formcoach.session.SessionStore store = org.formcoach.session.SessionStore.open(dataDir(),
                java.time.Clock.systemUTC())) {
            return new org.formcoach.app.model.StoredSettings(store, settingsDir()).load();
        }
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
