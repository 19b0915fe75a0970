package org.formcoach.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up stops the recording with a message; what was written plays and reads back. */
class RecordingFullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsTheRecordingAndKeepsWhatWasWrittenPlayable() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", mount.toString()) == 0,
                "needs root to mount a small tmpfs");
        try {
            Exercise exercise = new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup").orElseThrow();
            List<String> told = new CopyOnWriteArrayList<>();
            Path folder = mount.resolve("session");
            RecordingWriter writer = RecordingWriter.start(folder, new RecordingWriter.Details("session",
                    exercise.id(), exercise.name(), "clip", "lightning", null), 30, told::add, 350 * 1024);
            try (CoachPipeline p = CoachPipeline.start(
                    FrameSources.open("src/test/resources/clips/pushup-side-02.mp4"),
                    FrameAnalyzer.withDefaults(TestModels.get(MoveNetModel.LIGHTNING), ExerciseProgram.of(exercise)),
                    List.of(writer))) {
                p.awaitEnd(Duration.ofMinutes(2)).orElseThrow();
            }
            Manifest m = writer.finish();
            assertFalse(m.complete());
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).startsWith("the disk is full"), told.get(0));
            assertTrue(m.frames() > 0 && m.frames() < 155, "stopped part way: " + m.frames());
            Recording r = Recording.load(folder);
            assertEquals(m.frames(), r.track().size());
            int played = 0;
            try (FrameSource video = FrameSources.open(r.video().toString())) {
                while (true) {
                    ReadResult read = video.read();
                    if (read instanceof ReadResult.FrameRead f) {
                        played++;
                        f.frame().close();
                    } else if (read.isTerminal()) {
                        break;
                    }
                }
            }
            assertEquals(m.frames(), played, "every recorded frame plays");
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
