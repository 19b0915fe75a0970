package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.formcoach.capture.MatHandle;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.capture.TestVideos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * {@code formcoach analyze} end to end on real files made at test time from a real photograph (a
 * drifting, zooming crop of astronaut.png: one upright person facing the camera in every frame),
 * through the real model and the real form engine.
 */
class AnalyzeCommandTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void opencv() {
        OpenCvLoader.ensureLoaded();
    }

    private static JsonNode analyze(Path input, int expectedExit, String... extra) throws Exception {
        Path json = tmp.resolve(input.getFileName() + ".json");
        String[] args = concat(new String[] {"analyze", "--exercise", "desk-posture", "--quiet", "--json",
            json.toString()}, extra, new String[] {input.toString()});
        CommandRunner r = CommandRunner.run(args);
        assertEquals(expectedExit, r.exitCode(), r.err());
        return new ObjectMapper().readTree(json.toFile());
    }

    private static void assertPersonInEveryFrame(JsonNode report, int frames, double seconds) {
        assertEquals(frames, report.get("frames_total").asInt());
        assertEquals(frames, report.get("frames_with_person").asInt(), "the person is found in every frame");
        assertEquals("front", report.get("view").asText());
        assertEquals(seconds, report.get("duration_s").asDouble(), 0.01);
        assertTrue(report.get("stopped_early").isNull());
        assertEquals("desk-posture", report.get("exercise").asText());
        assertEquals("lightning", report.get("model").asText());
        for (String field : new String[] {"input", "reps", "holds", "cues"}) {
            assertTrue(report.has(field), field);
        }
    }

    @Test
    void mjpegAvi() throws Exception {
        Path avi = tmp.resolve("person.avi");
        TestVideos.writeMjpegAvi(avi, 45, 320, 240, 15);
        Path overlay = tmp.resolve("annotated.avi");
        JsonNode report = analyze(avi, 0, "--overlay", overlay.toString());
        assertPersonInEveryFrame(report, 45, 3.0);
        VideoCapture check = new VideoCapture(overlay.toString(), Videoio.CAP_OPENCV_MJPEG);
        try {
            assertTrue(check.isOpened(), "the annotated video can be read back");
            assertEquals(45, (int) check.get(Videoio.CAP_PROP_FRAME_COUNT));
            assertEquals(320, (int) check.get(Videoio.CAP_PROP_FRAME_WIDTH));
        } finally {
            check.release();
        }
    }

    @Test
    void h264Mp4() throws Exception {
        Path mp4 = tmp.resolve("person.mp4");
        TestVideos.writeWithFfmpeg(mp4, TestVideos.Spec.h264Mp4(320, 240), 30);
        assertPersonInEveryFrame(analyze(mp4, 0, "--frames"), 30, 1.0);
        JsonNode frames = analyze(mp4, 0, "--frames").get("frames");
        assertEquals(30, frames.size());
        assertEquals(17, frames.get(0).get("keypoints").size());
    }

    @Test
    void imageFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("frames"));
        try (MatHandle photo = new MatHandle(TestVideos.photo())) {
            for (int i = 0; i < 12; i++) {
                try (MatHandle frame = new MatHandle(TestVideos.frame(photo.mat(), i * 3, 320, 240))) {
                    Imgcodecs.imwrite(folder.resolve(String.format("frame%03d.png", i)).toString(), frame.mat());
                }
            }
        }
        // a folder plays at 30 frames per second unless told otherwise
        assertPersonInEveryFrame(analyze(folder, 0), 12, 0.4);
    }

    @Test
    void aTruncatedFileIsAnalysedUpToWhereItBreaksAndSaysWhere() throws Exception {
        Path whole = tmp.resolve("whole.mp4");
        TestVideos.writeWithFfmpeg(whole, TestVideos.Spec.h264Mp4(320, 240), 60);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = tmp.resolve("cut.mp4");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        JsonNode report = analyze(cut, 2);
        int frames = report.get("frames_total").asInt();
        assertTrue(frames > 5 && frames < 60, "the readable part was analysed: " + frames);
        assertEquals(frames, report.get("frames_with_person").asInt());
        String stopped = report.get("stopped_early").asText();
        assertTrue(stopped.contains("frame " + frames) || stopped.contains(String.valueOf(frames)),
                "says where reading stopped: " + stopped);
    }

    @Test
    void aDamagedFrameInTheMiddleIsReportedAtItsIndexAndTheRestIsAnalysed() throws Exception {
        Path avi = tmp.resolve("damaged-frame.avi");
        TestVideos.writeMjpegAvi(avi, 45, 320, 240, 15);
        TestVideos.damageMjpegFrame(avi, 20);
        Path json = tmp.resolve("damaged-frame.json");
        CommandRunner r = CommandRunner.run("analyze", "--exercise", "desk-posture", "--quiet", "--json",
                json.toString(), avi.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exitCode(), "a damaged input: " + r.err());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("[20]", report.get("skipped_frames").toString());
        assertTrue(report.get("stopped_early").isNull(), "reading went on to the end");
        assertEquals(44, report.get("frames_total").asInt());
        assertEquals(44, report.get("frames_with_person").asInt());
        assertEquals(3.0, report.get("duration_s").asDouble(), 0.01, "the frames after it keep their time");
        assertEquals("formcoach analyze: 1 damaged frame was skipped (frame 20); the rest was analysed",
                r.err().strip());
    }

    @Test
    void outputsThatCannotBeWrittenAreRefusedBeforeTheAnalysisStarts() throws Exception {
        Path avi = tmp.resolve("long.avi");
        TestVideos.writeMjpegAvi(avi, 150, 320, 240, 15);  // seconds of analysis, were it to start
        Path good = Files.writeString(tmp.resolve("good.json"), "{\"reps\": []}\n");
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        String[][] cases = {
            {"--json", tmp.toString(), "is a folder"},
            {"--json", aFile.resolve("report.json").toString(), "cannot create the folder"},
            {"--overlay", tmp.resolve("annotated.mp4").toString(), "ending in .avi"},
            {"--overlay", tmp.resolve("annotated").toString(), "ending in .avi"},
            {"--overlay", tmp.toString(), "is a folder"},
        };
        for (String[] c : cases) {
            long start = System.nanoTime();
            String[] report = c[0].equals("--json") ? new String[0] : new String[] {"--json", good.toString()};
            CommandRunner r = CommandRunner.run(concat(new String[] {"analyze", "--exercise", "desk-posture",
                "--quiet"}, report, new String[] {c[0], c[1], avi.toString()}));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.err());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, r.err());
            assertTrue(lines[0].contains(c[1]) && lines[0].contains(c[2]), lines[0]);
            assertTrue(seconds < 1.5, "refused at once, not after the analysis: " + seconds + " s");
        }
        assertEquals("{\"reps\": []}\n", Files.readString(good), "the report already there is untouched");
        if (Files.exists(Path.of("/dev/full"))) {
            long start = System.nanoTime();
            CommandRunner full = CommandRunner.run("analyze", "--exercise", "desk-posture", "--quiet", "--json",
                    "/dev/full", avi.toString());
            assertEquals(ExitCode.FAILURE, full.exitCode(), "a full disk is a failure: " + full.err());
            assertEquals("formcoach analyze: cannot write to /dev/full (No space left on device)", full.err().strip());
            assertTrue((System.nanoTime() - start) / 1e9 < 1.5, "refused at once");
        }
    }

    @Test
    void unsupportedAndMissingInputsAreNamed() throws Exception {
        Path text = tmp.resolve("notes.mp4");
        Files.writeString(text, "not a video");
        CommandRunner r = CommandRunner.run("analyze", "--exercise", "wall-pushup", text.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("notes.mp4"), r.err());
        assertTrue(r.err().toLowerCase().contains("mp4") && r.err().toLowerCase().contains("avi"),
                "lists the formats that work: " + r.err());
        CommandRunner missing = CommandRunner.run("analyze", "--exercise", "wall-pushup", tmp.resolve("nope.avi").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.avi"), missing.err());
    }

    @Test
    void anUnknownExerciseListsTheKnownOnes() {
        CommandRunner r = CommandRunner.run("analyze", "--exercise", "jumping-jacks", "x.avi");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("jumping-jacks") && r.err().contains("wall-pushup"), r.err());
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
