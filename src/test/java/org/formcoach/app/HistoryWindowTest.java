package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.formcoach.app.model.Fortnight;
import org.formcoach.app.model.HistoryViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history window and the journal panel on a database seeded with a fortnight of sessions done
 * through the real session controller. Pictures of each tab go to target/screenshots/.
 */
class HistoryWindowTest extends WindowTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    /** The day after the fortnight, midday. */
    static final Clock DAY_15 = Clock.fixed(Instant.parse("2026-11-17T12:00:00Z"), ZoneOffset.UTC);

    static void shot(Scene scene, String name) throws Exception {
        BufferedImage image = SwingFXUtils.fromFXImage(WindowShots.onFx(() -> scene.snapshot(null)), null);
        Files.createDirectories(SHOTS);
        ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
    }

    @Test
    void aFortnightShowsInTheCalendarTheChartsTheLadderTheDeskAlertsAndTheJournal() throws Exception {
        Fortnight.seed(dataDir());
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false, DAY_15);
        HistoryWindow history = WindowShots.onFx(() -> {
            window.showHistory();
            return window.history();
        });
        HistoryViewModel.History h = history.history();

        // the calendar: every day of the fortnight had a session; 3-set days reach the 10 minutes
        assertEquals(35, h.days().size(), "5 weeks");
        assertEquals(15, h.daysDone());
        String cell = WindowShots.onFx(() -> ((Label) history.stage().getScene().lookup("#day-2026-11-06")).getText());
        assertTrue(cell.startsWith("6\n") && cell.endsWith(" min"), cell);
        assertEquals(7, h.daysMet(), "the seven days of 3 × 12 took 10 minutes or more");
        assertTrue(WindowShots.onFx(() -> history.stage().getScene().lookup("#day-2026-11-06").getStyleClass()
                .contains("day-met")), "a 3-set day meets the goal");

        // the ladder: moved to the chair on day 14
        String rung = WindowShots.onFx(() -> ((Label) history.stage().getScene().lookup("#history-rung")).getText());
        assertEquals("Chair push-up, 2 × 8", rung);
        assertEquals("since 16 Nov",
                WindowShots.onFx(() -> ((Label) history.stage().getScene().lookup("#history-since")).getText()));
        assertEquals("Next: 2 × 10 after a session of 2 × 8 with every rep clean.",
                WindowShots.onFx(() -> ((Label) history.stage().getScene().lookup("#history-needed")).getText()));
        shot(history.stage().getScene(), "history-overview");

        // the charts: wall push-ups on days 0-6, 16 reps on day 0, one unclean rep on day 4
        HistoryViewModel.ExerciseSeries wall = h.exercises().stream().filter(s -> s.exerciseId().equals("wall-pushup"))
                .findFirst().orElseThrow();
        assertEquals(7, wall.reps().size());
        assertEquals(16, wall.reps().get(0).value());
        assertEquals(97.2, wall.cleanShare().get(4).value(), "35 of 36 reps clean on day 4");
        int points = WindowShots.onFx(() -> {
            history.tabs().getSelectionModel().select(1);
            @SuppressWarnings("unchecked")
            var picker = (ComboBox<HistoryViewModel.ExerciseSeries>) history.stage().getScene()
                    .lookup("#history-exercise");
            picker.setValue(wall);
            @SuppressWarnings("unchecked")
            var chart = (LineChart<String, Number>) history.stage().getScene()
                    .lookup("#history-count-chart");
            return chart.getData().get(0).getData().size();
        });
        assertEquals(7, points, "the chart shows the wall push-up days");
        WaitForAsyncUtils.waitForFxEvents();
        shot(history.stage().getScene(), "history-exercises");

        // desk mode on days 2, 7 and 12, 13:00-16:00: 2, 5 and 1 alerts
        assertEquals(List.of("13:00 2.0", "14:00 5.0", "15:00 1.0"), h.desk().stream()
                .map(a -> a.label() + " " + a.alertsPerHour()).toList());
        WindowShots.onFx(() -> {
            history.tabs().getSelectionModel().select(2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        shot(history.stage().getScene(), "history-desk");

        // the journal: one entry a day, pain going down
        assertEquals(15, h.journal().size());
        int listed = WindowShots.onFx(() -> {
            history.tabs().getSelectionModel().select(3);
            return ((ListView<?>) history.stage().getScene().lookup("#history-journal")).getItems().size();
        });
        assertEquals(15, listed);
        WaitForAsyncUtils.waitForFxEvents();
        shot(history.stage().getScene(), "history-journal");
    }

    @Test
    void theJournalFromTheMenuIsKeptAndShowsInTheHistory() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false, DAY_15);
        WindowShots.onFx(() -> {
            window.controller().openJournal();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#journal").query().isVisible());
        WindowShots.onFx(() -> {
            robot.lookup("#journal-pain").queryAs(Slider.class).setValue(3);
            robot.lookup("#journal-notes").queryAs(TextField.class).setText("stiff after the drive");
            return null;
        });
        shot(window.scene(), "journal-panel");
        robot.clickOn("#journal-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#status").equals("Saved in your journal: pain 3 of 10"));
        HistoryViewModel.History h = WindowShots.onFx(() -> {
            window.showHistory();
            return window.history().history();
        });
        assertEquals(1, h.journal().size());
        assertEquals("stiff after the drive", h.journal().get(0).notes());
        XYChart.Series<?, ?> pain = WindowShots.onFx(() -> ((LineChart<?, ?>) window.history().stage()
                .getScene().lookup("#history-pain-chart")).getData().get(0));
        assertEquals(1, pain.getData().size());
    }

    @Test
    void anOfferLeftOpenIsAnsweredInTheHistory() throws Exception {
        Fortnight.seed(dataDir(), false);
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false, DAY_15);
        HistoryWindow history = WindowShots.onFx(() -> {
            window.showHistory();
            return window.history();
        });
        Scene scene = history.stage().getScene();
        assertEquals("Counter push-up, 3 × 12", WindowShots.onFx(() -> ((Label) scene.lookup("#history-rung")).getText()));
        assertEquals("Ready for chair push-ups: 3 × 12 with every rep clean on 2 days.",
                WindowShots.onFx(() -> ((Label) scene.lookup("#history-needed")).getText()));
        assertTrue(WindowShots.onFx(() -> scene.lookup("#history-offer").isVisible()));
        shot(scene, "history-offer");
        robot.clickOn("#history-stay");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowShots.onFx(() ->
                ((Label) scene.lookup("#history-needed")).getText()).endsWith("(0 of 2 so far)."));
        assertTrue(!WindowShots.onFx(() -> scene.lookup("#history-offer").isVisible()), "no offer after staying");
        assertEquals("Counter push-up, 3 × 12", WindowShots.onFx(() -> ((Label) scene.lookup("#history-rung")).getText()));
    }

    @Test
    void aRedFlagTickedInTheJournalStopsCoachingInTheWindow() throws Exception {
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false, DAY_15);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.framesAnalysed() > 0);
        WindowShots.onFx(() -> {
            window.controller().openJournal();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#journal").query().isVisible());
        robot.clickOn("#journal-flag-night-pain");
        robot.clickOn("#journal-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#banner").startsWith("Coaching is off"));
        assertTrue(robot.lookup("#no-source").query().isVisible(), "the advice is shown");
        assertTrue(text("#no-source-detail").contains("wakes you from sleep"), text("#no-source-detail"));
        assertTrue(robot.lookup("#safety-again").query().isVisible());
        assertTrue(!storedSettings().screeningPassed());
        shot(window.scene(), "journal-red-flag");
        robot.clickOn("#safety-again");
        // the safety steps in the programme's order: the head-rotation movement before the questions
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> text("#exercise-title").equals("Pain assessment (head rotation)"));
    }

    @Test
    void anOfferInTheJournalPanelIsTakenWithMoveUp() throws Exception {
        Fortnight.seed(dataDir(), false);
        open(SyntheticEngine.pushupsThenSag(1000, 1000), "wall-pushup", "0", false, DAY_15);
        WindowShots.onFx(() -> {
            window.controller().openJournal();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#journal").query().isVisible());
        assertEquals("Ready for chair push-ups: 3 × 12 with every rep clean on 2 days.", text("#journal-advice"));
        assertEquals("Move up", robot.lookup("#offer-accept").queryAs(Button.class).getText());
        shot(window.scene(), "journal-offer");
        robot.clickOn("#offer-accept");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#status").equals(
                "Your level is now chair push-up, 2 × 8"));
        assertEquals("Next: 2 × 10 after a session of 2 × 8 with every rep clean.", text("#journal-advice"));
        assertTrue(!robot.lookup("#offer-accept").query().getParent().isVisible(), "the offer is answered");
    }
}
