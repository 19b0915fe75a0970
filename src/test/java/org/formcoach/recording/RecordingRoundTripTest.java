package org.formcoach.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.cli.FormCoachCommand;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.report.AnalysisReport;
import org.formcoach.report.ReportBuilder;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Record → read back: the video, the keypoints and the events agree with each other and with the coach. */
class RecordingRoundTripTest {

    static final Path CLIP = Path.of("src/test/resources/clips/pushup-side-01.mp4");

    @TempDir
    static Path dir;
    static Path folder;
    static String stdout;
    static int exit;

    @BeforeAll
    static void record() {
        folder = dir.resolve("demo");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FormCoachCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // float32, as the shared test model, so the keypoints can be compared with a direct analysis
        exit = cl.execute("record", "--exercise", "floor-pushup", "--precision", "fp32", "--source", CLIP.toString(),
                "--notes",
                "Demonstration — five reps", folder.toString());
        stdout = out + err.toString();
    }

    @Test
    void theRecordingHoldsEveryFrameWithItsKeypointsAndTheVideoPlays() throws Exception {
        assertEquals(0, exit, stdout);
        Recording r = Recording.load(folder);
        Manifest m = r.manifest();
        assertTrue(m.complete());
        assertEquals("floor-pushup", m.exercise());
        assertEquals("Demonstration — five reps", m.notes());
        assertEquals(57, m.frames(), "every frame of the clip");
        assertEquals(57, r.track().size());
        assertEquals(0, m.droppedFrames());
        for (int i = 0; i < r.track().size(); i++) {
            assertEquals(i, r.track().get(i).frame());
        }
        assertEquals(0.0, r.track().get(0).t(), 1e-9);
        assertEquals(5.6, r.track().get(56).t(), 1e-6);
        // the video plays with as many frames as the track
        int frames = 0;
        try (FrameSource video = FrameSources.open(r.video().toString())) {
            assertEquals(m.width(), video.info().width());
            while (true) {
                ReadResult read = video.read();
                if (read instanceof ReadResult.FrameRead f) {
                    frames++;
                    f.frame().close();
                } else if (read.isTerminal()) {
                    break;
                }
            }
        }
        assertEquals(57, frames);
    }

    @Test
    void keypointsAndEventsAgreeWithTheCoachOnTheSameClip() throws Exception {
        Recording r = Recording.load(folder);
        Catalog catalog = new RoutineLoader().load(Path.of("routines"));
        Exercise exercise = catalog.exercise("floor-pushup").orElseThrow();
        ReportBuilder report = new ReportBuilder(CLIP.toString(), exercise.id(), "lightning", true);
        try (CoachPipeline p = CoachPipeline.start(FrameSources.open(CLIP.toString()),
                FrameAnalyzer.withDefaults(TestModels.get(MoveNetModel.LIGHTNING), ExerciseProgram.of(exercise)),
                List.of(report))) {
            p.awaitEnd(Duration.ofMinutes(2)).orElseThrow();
        }
        AnalysisReport direct = report.build(false);
        assertEquals(direct.frames().size(), r.track().size());
        for (int i = 0; i < r.track().size(); i++) {
            List<double[]> a = direct.frames().get(i).keypoints();
            List<double[]> b = r.track().get(i).keypoints();
            assertEquals(a == null, b == null, "frame " + i);
            if (a != null) {
                for (int k = 0; k < a.size(); k++) {
                    assertEquals(a.get(k)[0], b.get(k)[0], 0.06, "frame " + i + " keypoint " + k);
                    assertEquals(a.get(k)[1], b.get(k)[1], 0.06);
                }
            }
        }
        assertEquals(direct.reps().size(), r.reps().size());
        assertFalse(r.reps().isEmpty());
        for (int i = 0; i < r.reps().size(); i++) {
            assertEquals(direct.reps().get(i).counted(), r.reps().get(i).counted());
            assertEquals(direct.reps().get(i).faults(), r.reps().get(i).faults());
            assertEquals(direct.reps().get(i).bottomSeconds(), r.reps().get(i).bottomSeconds(), 0.002);
        }
        long cues = r.events().stream().filter(e -> e.type().equals("cue_started")).count();
        assertEquals(direct.cues().size(), cues);
        assertNotNull(r.track().get(20).measurements());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedInOneLine() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");
        StringWriter err = new StringWriter();
        CommandLine cl = FormCoachCommand.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("record", "--exercise", "floor-pushup", "--source", CLIP.toString(), busy.toString());
        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("is not empty"));
        assertEquals("mine", Files.readString(busy.resolve("keep.txt")));
    }
}
