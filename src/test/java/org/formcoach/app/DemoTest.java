package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.formcoach.app.model.Demo;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code formcoach --demo}: the sample clip that ships in {@code samples/} (four floor push-ups of
 * a real person, side-on) plays through the real window, MoveNet and the form engine, and the
 * coach counts its reps. Nothing synthetic.
 */
class DemoTest extends WindowTest {

    @Test
    void theDemoCountsTheFourPushUpsOfTheShippedClipAndKeepsNothing() throws Exception {
        assertTrue(Demo.shipped().present(), "the clip ships: " + Demo.shipped().clip());
        AppConfig config = new AppConfig(Path.of("routines"), settingsDir(), null, null, MoveNetModel.LIGHTNING, true,
                true, Duration.ofMinutes(90), dataDir(), true);
        window = CoachApp.open(config, new PipelineEngine(), w -> { });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#status").startsWith("Demo: Floor push-up"));
        assertFalse(robot.lookup("#safety").query().isVisible(), "nobody is coached: no safety questions");
        assertFalse(WindowShots.onFx(window::pictureMirrored), "the clip plays as it was filmed");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> robot.lookup("#start").queryAs(Button.class).getText().equals("Play again"));
        WindowShots.awaitFrames(window, 1, Duration.ofSeconds(10));
        assertEquals("4", text("#ring-text"), "the four push-ups are counted; counter: " + text("#counter"));
        assertTrue(text("#counter").endsWith("— 4 / 8") || text("#counter").startsWith("4 /"), text("#counter"));
        assertEquals("The video has ended", text("#banner"));
        HistoryWindowTest.shot(window.scene(), "demo-ended");
        WindowShots.close(window);
        window = null;
        try (SessionStore store = SessionStore.open(dataDir(), Clock.systemUTC())) {
            assertEquals(0, store.sessions(null).size(), "the demo is not kept in the history");
        }
        assertFalse(storedSettings().screeningPassed(), "no questions were answered");
    }
}
