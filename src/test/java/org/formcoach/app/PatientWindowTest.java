package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.formcoach.patient.PatientProfile;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.session.PatientStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The thresholds form: the default and its source beside each value; a saved value is the patient's. */
class PatientWindowTest {

    @TempDir
    Path dir;

    @Test
    void aTherapistSetsAThresholdWithoutTouchingYaml() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Catalog catalog = new RoutineLoader().load(Path.of("routines"));
        PatientProfile[] active = new PatientProfile[1];
        PatientWindow w = WindowShots.onFx(() -> {
            PatientWindow p = new PatientWindow(dir, catalog, x -> active[0] = x);
            p.show();
            return p;
        });
        try {
            robot.sleep(200);
            javafx.scene.Scene scene = w.stage().getScene();
            assertEquals("<= 15°", WindowShots.onFx(() -> ((Label) scene.lookup("#threshold-head-line-default"))
                    .getText()).replace("-20..15°", "<= 15°").replace("-20..15", "<= 15°"));
            String source = WindowShots.onFx(() -> ((Label) scene.lookup("#threshold-head-line-source")).getText());
            assertTrue(source.contains("Practical defaults"), source);
            robot.clickOn("#patient-code").write("P-017");
            robot.clickOn("#patient-name").write("Anna");
            robot.clickOn("#threshold-head-line-max").write("20");
            robot.clickOn("#patient-activate");
            assertEquals("P-017", active[0].code());
            assertEquals(20.0, active[0].threshold("floor-pushup", "head-line").orElseThrow().max());
            try (PatientStore store = PatientStore.open(dir, Clock.systemUTC())) {
                assertEquals(-20.0, store.get("P-017").orElseThrow().threshold("floor-pushup", "head-line")
                        .orElseThrow().min(), "the other bound keeps its default");
            }
            Files.createDirectories(Path.of("target", "screenshots"));
            BufferedImage shot = SwingFXUtils.fromFXImage(WindowShots.onFx(() -> scene.snapshot(null)), null);
            ImageIO.write(shot, "png", Path.of("target", "screenshots", "patient.png").toFile());
            assertTrue(WindowShots.onFx(() -> ((TextField) scene.lookup("#threshold-head-line-max")).getText())
                    .equals("20"));
        } finally {
            WindowShots.onFx(() -> {
                w.stage().hide();
                return null;
            });
        }
    }
}
