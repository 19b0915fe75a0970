package org.formcoach.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.View;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.io.OutputFile;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.StageTimings;
import org.formcoach.rule.RepPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * The words in the annotated video render: the progress line "Set 1 of 2 — 5 / 8" is written into
 * a real MJPEG AVI, the video is decoded, and the glyphs are found in the decoded pixels. The em
 * dash must be one flat horizontal stroke; OpenCV's Hershey font drew "???" there (three glyphs as
 * tall as the capitals).
 */
class AnnotatedVideoTextTest {

    @TempDir
    Path dir;

    /** A word of the decoded text: its columns and the rows its bright pixels span. */
    record Word(int left, int right, int top, int bottom) {
        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }
    }

    @Test
    void theProgressLineOfTheOverlayVideoShowsItsEmDash() throws Exception {
        OpenCvLoader.ensureLoaded();
        Path video = dir.resolve("annotated.avi");
        try (AnnotatedVideoWriter writer = new AnnotatedVideoWriter(OutputFile.forFile(video, List.of("avi")), 10, 2)) {
            Mat grey = new Mat(360, 640, CvType.CV_8UC3, new Scalar(90, 90, 90));
            try {
                for (int i = 0; i < 5; i++) {
                    FormFrame form = new FormFrame(i * 100_000_000L, View.LEFT_SIDE, true, List.of(), List.of(),
                            List.of(), new TrackerState.Reps(5, 8, 0, RepPhase.TOP, false));
                    writer.onFrame(new CoachFrame(i, form.timestampNanos(), 640, 360, null, "floor-pushup", 1, form,
                            new StageTimings(0, 0, 0, 0, 0, 0, 0)), grey);
                }
            } finally {
                grey.release();
            }
            writer.finish();
        }
        Mat frame = new Mat();
        VideoCapture decoded = new VideoCapture(video.toString(), Videoio.CAP_OPENCV_MJPEG);
        try {
            assertTrue(decoded.read(frame), "the video plays");
            List<Word> words = words(frame, frame.rows() - 60, frame.rows());
            assertEquals(8, words.size(), "Set · 1 · of · 2 · — · 5 · / · 8: " + words);
            Word set = words.get(0);
            Word dash = words.get(4);
            assertTrue(dash.height() * 4 <= set.height(),
                    "the em dash is a flat stroke, not glyphs as tall as the capitals: " + dash + " vs " + set);
            assertTrue(dash.width() >= set.height(), "an em dash is about as wide as the letters are tall: " + dash);
            int middle = (set.top() + set.bottom()) / 2;
            assertTrue(Math.abs((dash.top() + dash.bottom()) / 2 - middle) <= set.height() / 3,
                    "it sits in the middle of the line: " + dash + " vs " + set);
            assertTrue(words(frame, 0, 60).size() >= 2, "the banner on top says \"Good form\"");
        } finally {
            decoded.release();
            frame.release();
        }
    }

    @Test
    void everyCharacterOfTheCoachingWordsHasAGlyph() {
        String used = "—–…×✓·°’";
        assertEquals(-1, TextPainter.font(18).canDisplayUpTo(used), "the font draws " + used);
        assertEquals("Set 1 of 2 - 5 / 8", TextPainter.ascii("Set 1 of 2 — 5 / 8"), "the fallback spells it in ASCII");
    }

    @Test
    void aLongCueIsWrittenWholeInANarrowVideo() {
        OpenCvLoader.ensureLoaded();
        String cue = "Tighten your stomach and lift your hips into line with your shoulders and heels";
        Mat image = new Mat(240, 320, CvType.CV_8UC3, new Scalar(0, 0, 0));
        try {
            int height = new TextPainter().band(image, cue, true, TextPainter.bandFontSize(320, 240),
                    new Scalar(40, 60, 220));
            List<Word> words = words(image, 0, height);
            assertTrue(words.stream().allMatch(w -> w.right() < image.cols() - 4),
                    "nothing runs off the right edge: " + words);
            assertEquals(2, lines(image, 0, height).size(), "set on two lines");
        } finally {
            image.release();
        }
    }

    /**
     * The words written in white between {@code top} and {@code bottom}: runs of columns with bright
     * pixels, split where the gap is wider than a letter gap. Words on two lines are found per line.
     */
    static List<Word> words(Mat bgr, int top, int bottom) {
        List<Word> words = new ArrayList<>();
        for (int[] line : lines(bgr, top, bottom)) {
            int gapNeeded = Math.max(4, (line[1] - line[0] + 1) / 4);
            int left = -1;
            int lastBright = -1;
            for (int x = 0; x <= bgr.cols(); x++) {
                boolean bright = x < bgr.cols() && brightInColumn(bgr, x, line[0], line[1]);
                if (bright) {
                    if (left < 0) {
                        left = x;
                    }
                    lastBright = x;
                } else if (left >= 0 && x - lastBright > gapNeeded) {
                    words.add(word(bgr, left, lastBright, line[0], line[1]));
                    left = -1;
                }
            }
        }
        return words;
    }

    /** The rows (first, last) of each line of white text between {@code top} and {@code bottom}. */
    static List<int[]> lines(Mat bgr, int top, int bottom) {
        List<int[]> lines = new ArrayList<>();
        int start = -1;
        for (int y = top; y <= bottom; y++) {
            boolean any = y < bottom && brightInRow(bgr, y);
            if (any && start < 0) {
                start = y;
            } else if (!any && start >= 0) {
                lines.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        return lines;
    }

    private static Word word(Mat bgr, int left, int right, int top, int bottom) {
        int wTop = Integer.MAX_VALUE;
        int wBottom = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (bright(bgr, x, y)) {
                    wTop = Math.min(wTop, y);
                    wBottom = Math.max(wBottom, y);
                }
            }
        }
        return new Word(left, right, wTop, wBottom);
    }

    private static boolean brightInRow(Mat bgr, int y) {
        for (int x = 0; x < bgr.cols(); x++) {
            if (bright(bgr, x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean brightInColumn(Mat bgr, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (bright(bgr, x, y)) {
                return true;
            }
        }
        return false;
    }

    /** White text: every channel high (the bands are grey, green or red, the picture darker). */
    private static boolean bright(Mat bgr, int x, int y) {
        double[] p = bgr.get(y, x);
        return p[0] > 170 && p[1] > 170 && p[2] > 170;
    }
}
