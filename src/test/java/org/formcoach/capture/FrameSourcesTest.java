package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/** Picking a source from what the user typed, image folders, and the messages for what fails. */
class FrameSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aTextFileNamedMp4IsRefusedWithTheFormatsThatWork() throws Exception {
        Path fake = Files.writeString(dir.resolve("workout.mp4"), "this is not a video\n".repeat(50));
        UnsupportedSourceException e = assertThrows(UnsupportedSourceException.class,
                () -> FrameSources.open(fake.toString()));
        assertTrue(e.getMessage().startsWith("Cannot read " + fake + " as a video"), e.getMessage());
        assertTrue(e.getMessage().contains("MP4/MOV/M4V with H.264 or HEVC"), e.getMessage());
        assertTrue(e.getMessage().contains("MJPEG AVI"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void anUnknownExtensionIsRefusedWithTheFormatsThatWork() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "squats");
        UnsupportedSourceException e = assertThrows(UnsupportedSourceException.class,
                () -> FrameSources.open(notes.toString()));
        assertTrue(e.getMessage().startsWith("Cannot open " + notes + ": \".txt\" files are not supported. "
                + UnsupportedSourceException.SUPPORTED), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("no-such-video.mp4");
        SourceNotFoundException e = assertThrows(SourceNotFoundException.class,
                () -> FrameSources.open(missing.toString()));
        assertTrue(e.getMessage().startsWith("File or folder not found: " + missing.toAbsolutePath()), e.getMessage());
    }

    @Test
    void anEmptyFolderSaysWhatItShouldContain() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "not an image");
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open(empty.toString()));
        assertEquals("The folder " + empty + " contains no images; put frames there as "
                + "bmp/jpeg/jpg/png/tif/tiff/webp files.", e.getMessage());
    }

    @Test
    void aFolderOfFramesPlaysInNaturalOrderAtTheRequestedRate() throws Exception {
        Path frames = Files.createDirectory(dir.resolve("frames"));
        List<Path> written = new ArrayList<>();
        try (MatHandle photo = new MatHandle(TestVideos.photo())) {
            for (int i = 0; i < 12; i++) {
                // frame2.png must come before frame10.png
                Path file = frames.resolve("frame" + i + (i % 2 == 0 ? ".png" : ".jpg"));
                try (MatHandle image = new MatHandle(TestVideos.frame(photo.mat(), i * 3, 160, 120))) {
                    assertTrue(Imgcodecs.imwrite(file.toString(), image.mat()));
                }
                written.add(file);
            }
        }
        Files.writeString(frames.resolve("frame5b.png"), "damaged");
        Files.writeString(frames.resolve("notes.txt"), "ignored");

        try (FrameSource source = FrameSources.open(frames.toString(), new CaptureRequest(640, 480, 10))) {
            assertEquals(SourceKind.IMAGES, source.info().kind());
            assertEquals(java.util.OptionalLong.of(13), source.info().frameCount());
            List<String> names = new ArrayList<>();
            List<Long> indices = new ArrayList<>();
            int faults = 0;
            ReadResult result;
            while (!(result = source.read()).isTerminal()) {
                if (result instanceof ReadResult.FrameRead read) {
                    try (Frame frame = read.frame()) {
                        names.add(frame.sourceId());
                        indices.add(frame.index());
                        assertEquals(Math.round(frame.index() * 1e8), frame.timestampNanos());
                    }
                } else {
                    ReadResult.Fault fault = assertInstanceOf(ReadResult.Fault.class, result);
                    assertEquals(FaultKind.UNREADABLE_FRAME, fault.kind());
                    assertTrue(fault.message().contains("frame5b.png"), fault.message());
                    faults++;
                }
            }
            assertEquals(1, faults);
            assertEquals(List.of("frame0.png", "frame1.jpg", "frame2.png", "frame3.jpg", "frame4.png", "frame5.jpg",
                    "frame6.png", "frame7.jpg", "frame8.png", "frame9.jpg", "frame10.png", "frame11.jpg"), names);
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L), indices,
                    "the unreadable file keeps its place in the order");
            assertEquals(new ReadResult.End(13), result);
        }
    }

    @Test
    void aSingleImageIsOneFrame() throws Exception {
        try (FrameSource source = FrameSources.open(TestVideos.PHOTO.toString())) {
            assertInstanceOf(ImageFolderSource.class, source);
            assertEquals(512, source.info().width());
            try (Frame frame = ((ReadResult.FrameRead) source.read()).frame();
                 MatHandle photo = new MatHandle(TestVideos.photo())) {
                assertEquals(0, frame.index());
                assertEquals(0, frame.timestampNanos());
                assertEquals(0.0, TestVideos.meanAbsDiff(photo.mat(), frame.image()));
            }
            assertEquals(new ReadResult.End(1), source.read());
        }
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> names = new ArrayList<>(List.of("img10.png", "img2.png", "img1.png", "img02.png", "a.png"));
        names.sort(ImageFolderSource.NaturalOrder.INSTANCE);
        assertEquals(List.of("a.png", "img1.png", "img02.png", "img2.png", "img10.png"), names);
    }

    @Test
    void aFrameRefusesAnImageThatIsNotBgr() {
        OpenCvLoader.ensureLoaded();
        try (MatHandle gray = new MatHandle(new Mat(4, 4, org.opencv.core.CvType.CV_8UC1))) {
            assertThrows(IllegalArgumentException.class, () -> new Frame(gray.mat(), 0, 0, "test"));
        }
    }
}
