package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.formcoach.form.SyntheticPushups;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The programme in the real window (Monocle, TestFX) on SYNTHETIC poses: the breathing guide, child's
 * pose's elbows, the Saturday-morning reminder and "Where does it bother you?". Each state is saved
 * to {@code target/screenshots/}.
 */
class ProgrammeWindowTest extends WindowTest {

    private static void await(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }

    private boolean visible(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theRhomboidReleasePacesFourFourSixBreathing() throws Exception {
        Random random = new Random(3);
        open(SyntheticEngine.holding(t -> SyntheticPushups.rhomboidRelease(random), 600), "rhomboid-release", "0",
                false);
        await(20, () -> visible("#breath"));
        Set<String> seen = new HashSet<>();
        long until = System.nanoTime() + 20_000_000_000L;
        while (seen.size() < 3 && System.nanoTime() < until) {
            seen.add(text("#breath-words"));
            if (text("#breath-words").equals("Hold")) {
                HistoryWindowTest.shot(window.scene(), "breathing-guide-hold");
            }
            Thread.sleep(20);
        }
        assertEquals(Set.of("Breathe in", "Hold", "Breathe out"), seen, "in, hold, out");
        assertTrue(text("#counter").startsWith("Set 1 of 3 — Hold"), text("#counter"));
    }

    @Test
    void aLockedElbowInChildsPoseIsAskedToSoften() throws Exception {
        Random random = new Random(4);
        open(SyntheticEngine.holding(t -> SyntheticPushups.childsPose(true, random), 600), "childs-pose", "0", false);
        await(20, () -> text("#banner").equals("Soften your elbows, keep them slightly bent"));
        assertTrue(visible("#breath"), "deep breathing is paced here too");
        assertTrue(text("#counter").contains("30–45 s"), "the hold range shows both ends: " + text("#counter"));
        HistoryWindowTest.shot(window.scene(), "childs-pose-soften-elbows");
    }

    @Test
    void onSaturdayMorningTheWeekendSessionIsSuggestedAndStarts() throws Exception {
        Random random = new Random(5);
        ZoneId zone = ZoneId.systemDefault();
        Clock saturday = Clock.fixed(LocalDateTime.of(2026, 11, 28, 9, 30).atZone(zone).toInstant(), zone);
        // a short video of the rhomboid release: when it has ended, the reminder may show
        open(SyntheticEngine.holding(t -> SyntheticPushups.rhomboidRelease(random), 1), "rhomboid-release", "0",
                false, saturday);
        await(30, () -> visible("#journal"));  // how does the back feel after the short session
        robot.clickOn("#journal-skip");
        await(30, () -> visible("#reminder"));
        assertEquals("Saturday morning: time for the 15-minute weekend session", text("#reminder-text"));
        HistoryWindowTest.shot(window.scene(), "reminder-saturday");
        robot.clickOn("#reminder-start");
        await(20, () -> text("#exercise-title").equals("Chest opener"));  // the warm-up first
        assertTrue(text("#steps-header").startsWith("Steps · 16:00 in all"), text("#steps-header"));
    }

    @Test
    void whereDoesItBotherYouSuggestsTheProgrammesRoutineAndStartsIt() throws Exception {
        Random random = new Random(6);
        open(SyntheticEngine.holding(t -> SyntheticPushups.rhomboidRelease(random), 600), "rhomboid-release", "0",
                false);
        await(20, () -> window.framesAnalysed() > 0);
        WindowShots.onFx(() -> {
            window.controller().choosePattern();
            return null;
        });
        await(5, () -> visible("#patterns"));
        robot.clickOn("#pattern-between-shoulder-blades");
        await(5, () -> text("#pattern-detail").contains("rhomboids"));
        assertTrue(text("#pattern-detail").contains("Suggested: the 90-second office reset, and the stretches "
                + "Rhomboid release, Seated shoulder activation (4 directions)"), text("#pattern-detail"));
        HistoryWindowTest.shot(window.scene(), "pain-patterns");
        robot.clickOn("#pattern-start");
        await(20, () -> !visible("#patterns") && text("#exercise-title").equals("Chest opener"));
        await(20, () -> window.controller().snapshot().program().id().equals("office-reset"));
    }
}
