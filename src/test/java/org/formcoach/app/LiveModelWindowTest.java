package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.formcoach.capture.MatHandle;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.cli.FormCoachCommand;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.opencv.core.Size;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with the real engine: a video built at test time from a real photograph
 * (basketball1.png: a man standing, facing the camera) through capture, MoveNet and the form
 * engine. Nothing here is synthetic except that the video is one photograph repeated.
 */
class LiveModelWindowTest extends WindowTest {

    /** {@code frames} frames of the photo as an MJPEG AVI at {@code fps}. */
    private Path photoVideo(String photo, int frames, double fps) {
        OpenCvLoader.ensureLoaded();
        Path file = dir.resolve("person.avi");
        try (MatHandle image = new MatHandle(TestPhotos.read(photo))) {
            VideoWriter writer = new VideoWriter(file.toString(), Videoio.CAP_OPENCV_MJPEG,
                    VideoWriter.fourcc('M', 'J', 'P', 'G'), fps, new Size(image.mat().cols(), image.mat().rows()), true);
            try {
                for (int i = 0; i < frames; i++) {
                    writer.write(image.mat());
                }
            } finally {
                writer.release();
            }
        }
        return file;
    }

    @Test
    void aPersonTurnedTowardTheCameraIsFoundAndToldOnceWhichViewIsBest() throws Exception {
        Path video = photoVideo("basketball1.png", 40, 10);
        open(new PipelineEngine(), "wall-pushup", video.toString(), false);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#guide").contains("turn sideways to the camera")
                && robot.lookup("#guide").query().isVisible());
        assertTrue(!text("#banner").contains("turn sideways"), "the note is the guide's, not a correction");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.framesAnalysed() > 5);
        String readout = text("#readout");
        assertTrue(readout.matches("\\d+\\.\\d fps · \\d+ ms") && !readout.startsWith("0.0"), readout);
    }

    @Test
    void theScreenshotCommandWritesThePictureOfTheWholeWindow() throws Exception {
        Path out = dir.resolve("shot.png");
        int code = FormCoachCommand.newCommandLine().execute("screenshot", "--source",
                TestPhotos.path("basketball1.png").toString(), "--exercise", "wall-pushup", "--frames", "1",
                "--size", "1000x700", "--routines", "routines", out.toString());
        assertEquals(0, code);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(Files.size(out) > 50_000, "a real picture, not an empty window: " + Files.size(out));
    }
}
