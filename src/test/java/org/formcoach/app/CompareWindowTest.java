package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.formcoach.compare.Comparison;
import org.formcoach.recording.Recording;
import org.formcoach.recording.TestRecordings;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The demonstration and an attempt side by side, stepped together through the alignment. */
class CompareWindowTest {

    @Test
    void bothPicturesStepTogetherAndThePhaseIsNamed() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Exercise exercise = new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup").orElseThrow();
        ReviewMedia demo = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-01.mp4", "floor-pushup",
                "demonstration")));
        ReviewMedia attempt = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-02.mp4", "floor-pushup",
                "attempt")));
        Comparison.Result result = Comparison.compare(demo, attempt, exercise);
        CompareWindow w = WindowShots.onFx(() -> {
            CompareWindow c = new CompareWindow(new Stage(), result, demo, attempt, exercise);
            c.show();
            return c;
        });
        try {
            robot.sleep(300);
            assertEquals(0, w.position());
            robot.clickOn("#compare-step-forward");
            robot.clickOn("#compare-step-forward");
            assertEquals(2, w.position());
            String position = WindowShots.onFx(() -> ((Label) w.scene().lookup("#compare-position")).getText());
            Comparison.RepComparison rep = result.reps().get(0);
            assertTrue(position.startsWith(rep.phases()[2].label()), position);
            assertTrue(position.contains("attempt frame " + (rep.warped()[2] + 1)), position);
            Files.createDirectories(Path.of("target", "screenshots"));
            BufferedImage shot = SwingFXUtils.fromFXImage(WindowShots.onFx(() -> w.scene().snapshot(null)), null);
            ImageIO.write(shot, "png", Path.of("target", "screenshots", "compare.png").toFile());
        } finally {
            WindowShots.onFx(() -> {
                w.stage().hide();
                return null;
            });
        }
    }
}
