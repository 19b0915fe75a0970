package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.formcoach.recording.Recording;
import org.formcoach.recording.TestRecordings;
import org.formcoach.review.ReviewMedia;
import org.formcoach.review.ReviewModel;
import org.formcoach.review.Timeline;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The review window, driven as a person would: step, seek from the list of reps, measure an angle. */
class ReviewWindowTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static ReviewMedia media;
    final FxRobot robot = new FxRobot();
    ReviewWindow window;

    @BeforeAll
    static void platform() throws Exception {
        FxToolkit.registerPrimaryStage();
        media = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration")));
    }

    @AfterEach
    void close() throws InterruptedException {
        if (window != null) {
            WindowShots.onFx(() -> {
                window.stage().hide();
                return null;
            });
        }
    }

    ReviewWindow open() throws InterruptedException {
        ReviewModel model = new ReviewModel(media, new RoutineLoader().load(Path.of("routines"))
                .exercise("floor-pushup").orElseThrow());
        window = WindowShots.onFx(() -> {
            ReviewWindow w = new ReviewWindow(new Stage(), model);
            w.show();
            return w;
        });
        robot.sleep(300);
        return window;
    }

    String label(String id) throws InterruptedException {
        return WindowShots.onFx(() -> ((Label) window.scene().lookup(id)).getText());
    }

    @Test
    void stepsSeeksAndMeasuresAnAngle() throws Exception {
        open();
        assertTrue(label("#review-position").startsWith("Frame 1 / 57"), label("#review-position"));
        robot.clickOn("#review-step-forward");
        robot.clickOn("#review-step-forward");
        assertEquals(2, window.model().index());
        assertTrue(label("#review-position").startsWith("Frame 3 / 57"));
        robot.clickOn("#review-step-back");
        assertEquals(1, window.model().index());

        // jump to the bottom of the second rep from the list
        @SuppressWarnings("unchecked")
        ListView<Timeline.Mark> marks = (ListView<Timeline.Mark>) window.scene().lookup("#review-marks");
        Timeline.Mark rep = window.model().marks().stream().filter(m -> m.kind() == Timeline.Kind.REP).skip(1)
                .findFirst().orElseThrow();
        WindowShots.onFx(() -> {
            marks.getSelectionModel().select(rep);
            return null;
        });
        assertEquals(rep.frame(), window.model().index());

        // the angle tool: three clicks on the picture, 90° at the second
        robot.clickOn("#review-angle");
        for (double[] p : new double[][] {{100, 140}, {100, 60}, {180, 60}}) {
            double[] c = WindowShots.onFx(() -> window.canvasPoint(p[0], p[1]));
            Point2D screen = WindowShots.onFx(() -> window.picture().canvas().localToScreen(c[0], c[1]));
            robot.clickOn(screen);
        }
        assertEquals("Angle 90°", label("#review-message"));
        assertEquals(1, window.model().measures().size());

        // keys: Right steps, Space plays
        int before = window.model().index();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(before + 1, window.model().index());

        Files.createDirectories(SHOTS);
        BufferedImage shot = SwingFXUtils.fromFXImage(WindowShots.onFx(() -> window.scene().snapshot(null)), null);
        ImageIO.write(shot, "png", SHOTS.resolve("review.png").toFile());
    }

    @Test
    void theWindowFitsASmallLaptopScreen() throws Exception {
        open();
        WindowShots.onFx(() -> {
            window.stage().setWidth(1366);
            window.stage().setHeight(740);
            return null;
        });
        robot.sleep(200);
        double right = WindowShots.onFx(() -> window.scene().lookup("#review-export-clip").localToScene(0, 0).getX()
                + window.scene().lookup("#review-export-clip").getBoundsInLocal().getWidth());
        assertTrue(right <= 1366, "the toolbar fits: " + right);
    }
}
