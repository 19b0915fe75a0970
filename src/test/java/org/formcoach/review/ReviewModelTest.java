package org.formcoach.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.recording.Recording;
import org.formcoach.recording.TestRecordings;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review model on a real recording: playback, steps, the tools and the exports. */
class ReviewModelTest {

    static ReviewMedia media;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        media = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration")));
    }

    ReviewModel model() {
        return new ReviewModel(media, new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup")
                .orElseThrow());
    }

    @Test
    void everyRecordedFrameIsThereWithItsAnglesAndTheRepsAreOnTheTimeline() {
        assertEquals(57, media.frameCount());
        ReviewModel m = model();
        long reps = m.marks().stream().filter(k -> k.kind() == Timeline.Kind.REP).count();
        assertEquals(media.reps().size(), reps);
        assertTrue(reps >= 4, "the clip has five push-ups: " + m.marks());
        Timeline.Mark rep = m.marks().stream().filter(k -> k.kind() == Timeline.Kind.REP).findFirst().orElseThrow();
        m.seek(rep.frame());
        assertFalse(m.overlay().labels().isEmpty(), "the angles are written at the joints at the bottom of a rep");
        assertFalse(m.mirrored(), "recordings play as filmed");
    }

    @Test
    void playbackFollowsTheChosenSpeedAndStepsPause() {
        ReviewModel m = model();
        m.setSpeed(2.0);
        m.togglePlay();
        long t = 1_000_000_000L;
        m.tick(t);
        m.tick(t + 500_000_000L);  // half a second at 2×: one second of video, 10 frames at 10 fps
        assertEquals(10, m.index());
        m.step(1);
        assertFalse(m.playing());
        assertEquals(11, m.index());
        m.step(-5);
        assertEquals(6, m.index());
        m.setSpeed(0.1);
        assertEquals(0.25, m.speed());
    }

    @Test
    void theAngleAndDistanceToolsMeasureWhatWasClicked() {
        ReviewModel m = model();
        m.setTool(ReviewModel.Tool.ANGLE);
        m.click(100, 100);
        m.click(100, 50);
        m.click(150, 50);
        assertEquals("Angle 90°", m.message());
        m.setCalibrationLength(50);
        m.setTool(ReviewModel.Tool.CALIBRATE);
        m.click(10, 10);
        m.click(110, 10);  // 100 px = 50 cm
        assertEquals(ReviewModel.Tool.DISTANCE, m.tool());
        m.click(0, 0);
        m.click(0, 30);
        assertEquals("Distance 15.0 cm", m.message());
        assertEquals(3, m.measures().size());
    }

    @Test
    void theFrameAndAClipAreExportedAsDrawn() throws Exception {
        ReviewModel m = model();
        m.seek(5);
        m.markIn();
        m.seek(14);
        m.markOut();
        m.setTool(ReviewModel.Tool.ANGLE);
        m.click(50, 50);
        m.click(60, 80);
        m.click(90, 60);
        Path png = dir.resolve("frame.png");
        m.exportFrame(png);
        BufferedImage picture = ImageIO.read(png.toFile());
        assertNotNull(picture);
        assertEquals(media.width(), picture.getWidth());
        Path clip = dir.resolve("clip.mp4");
        m.exportClip(clip);
        int frames = 0;
        try (FrameSource video = FrameSources.open(clip.toString())) {
            while (true) {
                ReadResult r = video.read();
                if (r instanceof ReadResult.FrameRead f) {
                    frames++;
                    f.frame().close();
                } else if (r.isTerminal()) {
                    break;
                }
            }
        }
        assertEquals(10, frames);
    }
}
