package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/** Video files written at test time from a real photograph, read back through every decoder path. */
class VideoFileSourceTest {

    private static final int W = 320;
    private static final int H = 240;

    @TempDir
    static Path dir;
    private static Path avi;
    private static Path mp4;
    private static Mat photo;

    @BeforeAll
    static void writeVideos() throws Exception {
        photo = TestVideos.photo();
        avi = dir.resolve("clip.avi");
        TestVideos.writeMjpegAvi(avi, 45, W, H, 15);
        mp4 = dir.resolve("clip.mp4");
        TestVideos.writeWithFfmpeg(mp4, TestVideos.Spec.h264Mp4(W, H), 30);
    }

    /** Everything a source delivers up to its terminal result; frames are checked, then closed. */
    private record Drained(List<Long> indices, List<Long> timestamps, List<ReadResult.Fault> faults,
                           ReadResult terminal, List<Double> differences, Set<Long> pixelAddresses) {
    }

    private static Mat rotated(Rotation rotation, Mat image) {
        Mat out = new Mat();
        rotation.apply(image, out);
        return out;
    }

    /** Reads {@code source} to its end, comparing frame i with frame i of the photo sequence. */
    private static Drained drain(FrameSource source, Rotation expectedRotation) {
        List<Long> indices = new ArrayList<>();
        List<Long> timestamps = new ArrayList<>();
        List<ReadResult.Fault> faults = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        Set<Long> pixelAddresses = new HashSet<>();
        while (true) {
            ReadResult result = source.read();
            if (result instanceof ReadResult.FrameRead read) {
                try (Frame frame = read.frame();
                     MatHandle original = new MatHandle(TestVideos.frame(photo, (int) frame.index(), W, H));
                     MatHandle expected = new MatHandle(rotated(expectedRotation, original.mat()))) {
                    indices.add(frame.index());
                    timestamps.add(frame.timestampNanos());
                    assertEquals(expected.mat().size(), frame.image().size(), "size of frame " + frame.index());
                    differences.add(TestVideos.meanAbsDiff(expected.mat(), frame.image()));
                    pixelAddresses.add(frame.image().dataAddr());
                }
            } else if (result instanceof ReadResult.Fault fault) {
                faults.add(fault);
            } else {
                return new Drained(indices, timestamps, faults, result, differences, pixelAddresses);
            }
        }
    }

    private static void assertIndicesAndTimestamps(Drained drained, int frames, double fps, long toleranceNanos) {
        assertEquals(frames, drained.indices().size(), "frames delivered");
        for (int i = 0; i < frames; i++) {
            assertEquals(i, drained.indices().get(i));
            long expected = Math.round(i * 1e9 / fps);
            long actual = drained.timestamps().get(i);
            assertTrue(Math.abs(actual - expected) <= toleranceNanos,
                    "timestamp of frame " + i + ": " + actual + " ns, expected " + expected);
        }
    }

    private static void assertLooksLikeTheSequence(Drained drained, double maxMeanDifference) {
        for (int i = 0; i < drained.differences().size(); i++) {
            assertTrue(drained.differences().get(i) < maxMeanDifference,
                    "frame " + i + " differs from what was written by " + drained.differences().get(i));
        }
    }

    @Test
    void mjpegAviThroughOpenCv() {
        FramePool pool = new FramePool();
        try (pool; OpenCvVideoSource source = OpenCvVideoSource.open(avi, pool.share())) {
            assertEquals(new SourceInfo("clip.avi", SourceKind.VIDEO_FILE, W, H, 15,
                    java.util.OptionalLong.of(45), 0), source.info());
            Drained drained = drain(source, Rotation.NONE);
            assertIndicesAndTimestamps(drained, 45, 15, 0);
            assertLooksLikeTheSequence(drained, 4);
            assertEquals(new ReadResult.End(45), drained.terminal());
            assertEquals(new ReadResult.End(45), source.read(), "stays at its end");
            assertEquals(1, pool.allocations(), "each frame is decoded into the image the last one gave back");
            assertEquals(1, drained.pixelAddresses().size(), "and into the same pixels: OpenCV reallocated none");
        }
    }

    /**
     * Opens {@code file} with {@link FrameSources} and checks every frame against the sequence
     * written, and that all frames were decoded into one image used again and again.
     */
    private static SourceInfo assertReadsBackWhole(Path file, int frames, double fps, long timestampTolerance,
                                                   Rotation rotation, double maxMeanDifference) {
        FramePool pool = new FramePool();
        try (pool; FrameSource source = FrameSources.openPath(file, CaptureRequest.DEFAULT, pool.share())) {
            assertInstanceOf(FfmpegVideoSource.class, source);
            assertEquals(SourceKind.VIDEO_FILE, source.info().kind());
            assertEquals(fps, source.info().nominalFps(), 0.01);
            Drained drained = drain(source, rotation);
            assertIndicesAndTimestamps(drained, frames, fps, timestampTolerance);
            assertLooksLikeTheSequence(drained, maxMeanDifference);
            assertEquals(new ReadResult.End(frames), drained.terminal());
            assertEquals(1, pool.allocations(), "each frame is decoded into the image the last one gave back");
            assertEquals(1, drained.pixelAddresses().size(), "and into the same pixels: nothing reallocated them");
            return source.info();
        }
    }

    @Test
    void ffmpegDecodingLeavesNoNativeObjectBehindPerFrame() {
        try (FrameSource source = FrameSources.open(mp4.toString())) {
            for (int i = 0; i < 5; i++) {
                ((ReadResult.FrameRead) source.read()).frame().close();
            }
            long pointers = Pointer.totalCount();
            long bytes = Pointer.totalBytes();
            for (int i = 5; i < 30; i++) {
                ((ReadResult.FrameRead) source.read()).frame().close();
            }
            assertTrue(Pointer.totalCount() <= pointers, "JavaCPP objects still waiting for the garbage collector: "
                    + pointers + " before 25 frames, " + Pointer.totalCount() + " after");
            assertTrue(Pointer.totalBytes() <= bytes, "JavaCPP native bytes: " + bytes + " before, "
                    + Pointer.totalBytes() + " after");
        }
    }

    @Test
    void mjpegAviThroughFfmpeg() {
        assertReadsBackWhole(avi, 45, 15, 1_000, Rotation.NONE, 4);
    }

    @Test
    void h264Mp4WithPresentationTimes() {
        SourceInfo info = assertReadsBackWhole(mp4, 30, 30, 1_000, Rotation.NONE, 8);
        assertEquals(new SourceInfo("clip.mp4", SourceKind.VIDEO_FILE, W, H, 30, java.util.OptionalLong.of(30), 0),
                info);
    }

    @Test
    void webmVp8() throws Exception {
        Path webm = dir.resolve("clip.webm");
        TestVideos.writeWithFfmpeg(webm, new TestVideos.Spec("webm", "libvpx", W, H, 25, 0), 20);
        // WebM stores milliseconds, and no frame count
        SourceInfo info = assertReadsBackWhole(webm, 20, 25, 1_000_000, Rotation.NONE, 10);
        assertEquals(java.util.OptionalLong.empty(), info.frameCount());
    }

    /**
     * HEVC in a MOV, as phones record. The FFmpeg build from Maven Central has no HEVC encoder
     * (x265 is GPL), so this file is made by the {@code ffmpeg} command if the machine has one with
     * libx265; the test is skipped otherwise. (Rotation is covered by the display-matrix tests.)
     */
    @Test
    void hevcMov() throws Exception {
        Path frames = Files.createDirectories(dir.resolve("hevc-frames"));
        for (int i = 0; i < 20; i++) {
            try (MatHandle image = new MatHandle(TestVideos.frame(photo, i, W, H))) {
                assertTrue(Imgcodecs.imwrite(frames.resolve(String.format("f%03d.png", i)).toString(), image.mat()));
            }
        }
        Path mov = dir.resolve("phone.mov");
        Process ffmpeg;
        try {
            ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-framerate", "30",
                    "-i", frames.resolve("f%03d.png").toString(), "-c:v", "libx265", "-x265-params", "log-level=error",
                    "-crf", "18", "-pix_fmt", "yuv420p", "-tag:v", "hvc1",
                    mov.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no ffmpeg command to make an HEVC file: " + e.getMessage());
            return;
        }
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        Assumptions.assumeTrue(ffmpeg.waitFor() == 0, "ffmpeg cannot write HEVC here: " + output);
        SourceInfo info = assertReadsBackWhole(mov, 20, 30, 1_000, Rotation.NONE, 8);
        assertEquals(new SourceInfo("phone.mov", SourceKind.VIDEO_FILE, W, H, 30, java.util.OptionalLong.of(20), 0),
                info);
    }

    /** Phone videos: the display matrix says how to turn the picture; frames come out upright. */
    @Test
    void rotationFromTheDisplayMatrixIsApplied() throws Exception {
        // FFmpeg's display-matrix angle is counter-clockwise: -90 means "turn clockwise" (a phone held upright)
        int[][] cases = {{-90, 90}, {90, 270}, {180, 180}};
        for (int[] c : cases) {
            Path file = dir.resolve("rotated" + c[0] + ".mp4");
            TestVideos.writeWithFfmpeg(file, TestVideos.Spec.h264Mp4(W, H).rotated(c[0]), 10);
            Rotation expected = Rotation.ofClockwiseDegrees(c[1]);
            SourceInfo info = assertReadsBackWhole(file, 10, 30, 1_000, expected, 8);
            assertEquals(c[1], info.rotationDegrees(), "rotation of " + file);
            assertEquals(expected.swapsSides() ? H : W, info.width());
            assertEquals(expected.swapsSides() ? W : H, info.height());
        }
    }

    @Test
    void rotatedFramesDoNotMatchTheOtherDirection() throws Exception {
        // guards the test above against a symmetric image: the wrong turn must be far off
        Path file = dir.resolve("rotated-check.mp4");
        TestVideos.writeWithFfmpeg(file, TestVideos.Spec.h264Mp4(W, H).rotated(-90), 3);
        try (FrameSource source = FrameSources.open(file.toString());
             Frame frame = ((ReadResult.FrameRead) source.read()).frame();
             MatHandle original = new MatHandle(TestVideos.frame(photo, 0, W, H));
             MatHandle wrongWay = new MatHandle(rotated(Rotation.CW_270, original.mat()));
             MatHandle rightWay = new MatHandle(rotated(Rotation.CW_90, original.mat()))) {
            double right = TestVideos.meanAbsDiff(rightWay.mat(), frame.image());
            double wrong = TestVideos.meanAbsDiff(wrongWay.mat(), frame.image());
            assertTrue(right < 8 && wrong > 5 * right, "right " + right + ", wrong " + wrong);
        }
    }

    @Test
    void truncatedMp4DeliversEveryReadableFrameThenSaysWhereItStopped() throws Exception {
        Path file = dir.resolve("truncated.mp4");
        TestVideos.writeWithFfmpeg(file, TestVideos.Spec.h264Mp4(W, H), 60);
        truncate(file, 0.6);
        assertStopsPartWay(file, 60);
    }

    @Test
    void truncatedAviDeliversEveryReadableFrameThenSaysWhereItStopped() throws Exception {
        Path file = dir.resolve("truncated.avi");
        TestVideos.writeMjpegAvi(file, 45, W, H, 15);
        truncate(file, 0.5);
        assertStopsPartWay(file, 45);
        // OpenCV's own AVI reader needs the index at the end of the file; FFmpeg (above) does not
        UnsupportedSourceException refused = assertThrows(UnsupportedSourceException.class,
                () -> OpenCvVideoSource.open(file));
        assertTrue(refused.getMessage().startsWith("Cannot decode the video " + file), refused.getMessage());
    }

    @Test
    void aCutShortRecordingWithoutItsIndexIsRefusedAsDamaged() throws Exception {
        // a MOV written index-last (as cameras and phones do) and cut short has no index at all
        Path file = dir.resolve("interrupted.mov");
        TestVideos.writeWithFfmpeg(file, new TestVideos.Spec("mov", "libopenh264", W, H, 30, 0), 30);
        truncate(file, 0.7);
        UnsupportedSourceException e = assertThrows(UnsupportedSourceException.class,
                () -> FrameSources.open(file.toString()));
        assertTrue(e.getMessage().startsWith("Cannot read " + file + " as a video (it is damaged or in an unknown "
                + "format). FormCoach reads videos"), e.getMessage());
    }

    @Test
    void aDamagedFrameInTheMiddleIsSkippedAtItsIndexAndReadingGoesOn() throws Exception {
        Path file = dir.resolve("damaged-frame.avi");
        TestVideos.writeMjpegAvi(file, 30, W, H, 15);
        TestVideos.damageMjpegFrame(file, 14);
        List<Long> others = LongStream.range(0, 30).filter(i -> i != 14).boxed().toList();
        // both decoders: FFmpeg (the default) and OpenCV's own (the fallback for AVI)
        for (FrameSource source : List.of(FrameSources.open(file.toString()), OpenCvVideoSource.open(file))) {
            try (source) {
                Drained drained = drain(source, Rotation.NONE);
                assertEquals(others, drained.indices(), "every other frame keeps its index");
                assertEquals(List.of(14L), skipped(drained), "the damaged frame is named by its index");
                assertEquals(new ReadResult.End(29), drained.terminal(), "the file does not 'end early'");
                assertLooksLikeTheSequence(drained, 4);
            }
        }
    }

    @Test
    void damageInsideAnH264StreamIsReportedAsSkippedFramesAndNotAsAnEarlyEnd() throws Exception {
        Path file = dir.resolve("damaged.mp4");
        TestVideos.writeWithFfmpeg(file, TestVideos.Spec.h264Mp4(W, H), 60);
        byte[] bytes = Files.readAllBytes(file);
        int mdat = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("mdat");
        int from = mdat + (bytes.length - mdat) / 3;
        byte[] noise = new byte[20_000];
        new java.util.Random(1).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, from, noise.length);  // a third of the way into the frame data
        Files.write(file, bytes);
        try (FrameSource source = FrameSources.open(file.toString())) {
            Drained drained = drain(source, Rotation.NONE);
            List<Long> skipped = skipped(drained);
            assertFalse(skipped.isEmpty(), "the frames FFmpeg dropped are reported");
            java.util.Set<Long> all = new java.util.TreeSet<>(drained.indices());
            all.addAll(skipped);
            assertEquals(LongStream.range(0, 60).boxed().toList(), List.copyOf(all),
                    "each of the 60 frames was either delivered or reported skipped: " + skipped);
            for (int i = 0; i < drained.indices().size(); i++) {
                long expected = Math.round(drained.indices().get(i) * 1e9 / 30);
                assertTrue(Math.abs(drained.timestamps().get(i) - expected) <= 1_000_000,
                        "frame " + drained.indices().get(i) + " keeps its time");
            }
            assertEquals(new ReadResult.End(drained.indices().size()), drained.terminal());
        }
    }

    private static List<Long> skipped(Drained drained) {
        return drained.faults().stream().filter(f -> f.frameIndex().isPresent())
                .map(f -> f.frameIndex().getAsLong()).toList();
    }

    private static void assertStopsPartWay(Path file, int written) {
        try (FrameSource source = FrameSources.open(file.toString())) {
            Drained drained = drain(source, Rotation.NONE);
            assertDamagedAfter(drained, written);
        }
    }

    private static void assertDamagedAfter(Drained drained, int written) {
        int delivered = drained.indices().size();
        assertTrue(delivered > written / 4 && delivered < written, delivered + " of " + written + " frames");
        for (int i = 0; i < delivered; i++) {
            assertEquals(i, drained.indices().get(i));
        }
        assertLooksLikeTheSequence(drained, 8);
        ReadResult.Damaged damaged = assertInstanceOf(ReadResult.Damaged.class, drained.terminal());
        assertEquals(delivered, damaged.stoppedAtIndex());
        assertEquals(drained.timestamps().get(delivered - 1), damaged.lastTimestampNanos());
        String message = damaged.describe("clip");
        assertTrue(message.startsWith("clip: reading stopped at frame " + delivered + " (after "), message);
        assertTrue(message.contains("truncated"), message);
    }

    private static void truncate(Path file, double keep) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate((long) (Files.size(file) * keep));
        }
    }

    @Test
    void rotationsRoundToQuarterTurns() {
        assertEquals(Rotation.CW_90, Rotation.ofClockwiseDegrees(90));
        assertEquals(Rotation.CW_270, Rotation.ofClockwiseDegrees(-90));
        assertEquals(Rotation.CW_180, Rotation.ofClockwiseDegrees(-180.2));
        assertEquals(Rotation.NONE, Rotation.ofClockwiseDegrees(359.6));
        assertEquals(Rotation.NONE, Rotation.ofClockwiseDegrees(Double.NaN));
    }
}
