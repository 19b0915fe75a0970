package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.capture.TestVideos;
import org.formcoach.testing.FormCoachProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) and SIGTERM in the middle of {@code formcoach analyze}, sent to a real process:
 * the report so far is written, marked interrupted, the annotated video is finished so that it
 * plays, and the exit code says the run was interrupted.
 */
class AnalyzeInterruptionTest {

    private static final int FRAMES = 600;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + FRAMES + " frames");

    @TempDir
    static Path dir;
    private static Path video;

    @BeforeAll
    static void longVideo() {
        video = dir.resolve("long.avi");
        TestVideos.writeMjpegAvi(video, FRAMES, 320, 240, 15);  // 40 s of video: far longer than the test waits
    }

    @Test
    void ctrlCSavesTheReportSoFarAndAPlayableVideo() throws Exception {
        interruptAndCheck("INT", ExitCode.INTERRUPTED);
    }

    @Test
    void sigtermSavesTheReportSoFarAndAPlayableVideo() throws Exception {
        interruptAndCheck("TERM", ExitCode.TERMINATED);
    }

    private static void interruptAndCheck(String signal, int expectedExit) throws Exception {
        Path run = Files.createDirectories(dir.resolve(signal));
        Path json = run.resolve("report.json");
        Path overlay = run.resolve("annotated.avi");
        Process process = new FormCoachProcess().start(run, "analyze", "--exercise", "desk-posture", "--json",
                json.toString(), "--overlay", overlay.toString(), video.toString());
        int analysed = awaitProgress(process, run.resolve("stderr.txt"), 20);
        FormCoachProcess.signal(process, signal);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process ends after saving");
        String err = FormCoachProcess.read(run.resolve("stderr.txt"));
        assertEquals(expectedExit, process.exitValue(), err);

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.get("interrupted").asBoolean(), report.toString());
        int frames = report.get("frames_total").asInt();
        assertTrue(frames >= analysed && frames < FRAMES, "the frames analysed before the signal: " + frames);
        assertTrue(report.get("stopped_early").asText().startsWith("interrupted after " + frames + " frames"),
                report.get("stopped_early").asText());
        assertTrue(err.contains("formcoach analyze: interrupted after " + frames + " frames"), err);
        assertTrue(err.contains("the report so far is in " + json), err);
        assertTrue(!err.contains("\tat "), "no stack trace: " + err);

        // the video plays: the project's own video source reads all of it, to a clean end
        int read = 0;
        try (FrameSource source = FrameSources.open(overlay.toString())) {
            while (true) {
                ReadResult r = source.read();
                if (r instanceof ReadResult.FrameRead f) {
                    f.frame().close();
                    read++;
                } else if (r.isTerminal()) {
                    assertInstanceOf(ReadResult.End.class, r, "the video is complete");
                    break;
                }
            }
        }
        assertEquals(frames, read, "one annotated frame for each frame in the report");
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of("annotated.avi", "report.json", "stderr.txt", "stdout.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file stays");
        }
    }

    /** Waits until the progress line shows at least {@code frames} frames analysed; returns how many it shows. */
    private static int awaitProgress(Process process, Path stderr, int frames) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the analysis ended early: " + FormCoachProcess.read(stderr));
            Matcher m = PROGRESS.matcher(FormCoachProcess.read(stderr));
            int shown = 0;
            while (m.find()) {
                shown = Integer.parseInt(m.group(1));
            }
            if (shown >= frames) {
                return shown;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("no progress: " + FormCoachProcess.read(stderr));
    }
}
