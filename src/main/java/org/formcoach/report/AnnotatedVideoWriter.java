package org.formcoach.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.CoachText;
import org.formcoach.pose.Skeleton;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;

/**
 * Writes the analysed video with the skeleton, the cue banner and the progress line drawn in, as
 * MJPEG AVI (which every platform's OpenCV can write without FFmpeg).
 */
public final class AnnotatedVideoWriter implements CoachSink, AutoCloseable {

    private final Path file;
    private final double fps;
    private final int totalSets;
    private final PoseOverlayPainter painter = new PoseOverlayPainter(Skeleton.DEFAULT_MIN_SCORE);
    /** The frame drawn on, one for the whole video (it has the video's size from the first frame on). */
    private final Mat canvas;
    private VideoWriter writer;
    private Size size;
    private String problem;
    private long written;

    public AnnotatedVideoWriter(Path file, double fps, int totalSets) {
        this.file = file;
        this.fps = fps > 0 ? fps : 30;
        this.totalSets = totalSets;
        OpenCvLoader.ensureLoaded();
        this.canvas = new Mat();
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        if (problem != null) {
            return;
        }
        if (writer == null) {
            size = image.size();
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                problem = file + ": cannot create the folder (" + e.getMessage() + ")";
                return;
            }
            // OpenCV's own MJPEG writer: present on every platform, and asking for it by name keeps OpenCV
            // from trying (and loudly failing with) its image-sequence backend first
            writer = new VideoWriter(file.toString(), Videoio.CAP_OPENCV_MJPEG, VideoWriter.fourcc('M', 'J', 'P', 'G'),
                    fps, size, true);
            if (!writer.isOpened()) {
                problem = file + ": cannot write the video (use a path ending in .avi in a writable folder)";
                return;
            }
        }
        if (image.size().equals(size)) {
            image.copyTo(canvas);
        } else {
            Imgproc.resize(image, canvas, size);  // a source that changed resolution mid-stream
        }
        if (frame.pose() != null) {
            painter.paint(canvas, frame.pose(), false);
        }
        drawText(canvas, CoachText.banner(frame.form()), 0.06, frame.form().cues().isEmpty()
                ? new Scalar(60, 180, 60) : new Scalar(40, 60, 220));
        drawText(canvas, CoachText.progress(frame.form().state(), frame.set(), totalSets), 0.96,
                new Scalar(50, 50, 50));
        writer.write(canvas);
        written++;
    }

    private static void drawText(Mat canvas, String text, double yFraction, Scalar background) {
        double scale = Math.max(0.5, canvas.cols() / 1100.0);
        int[] baseline = new int[1];
        Size box = Imgproc.getTextSize(text, Imgproc.FONT_HERSHEY_SIMPLEX, scale, 2, baseline);
        int y = (int) (canvas.rows() * yFraction);
        Imgproc.rectangle(canvas, new Point(0, y - box.height - 8), new Point(canvas.cols(), y + 8), background, -1);
        Imgproc.putText(canvas, text, new Point(12, y), Imgproc.FONT_HERSHEY_SIMPLEX, scale,
                new Scalar(255, 255, 255), 2, Imgproc.LINE_AA);
    }

    /** Null when everything was written, else a one-line explanation (unwritable path, disk full). */
    public String problem() {
        if (problem == null && written > 0) {
            try {
                if (Files.size(file) == 0) {
                    return file + ": nothing could be written (disk full?)";
                }
            } catch (IOException e) {
                return file + ": " + e.getMessage();
            }
        }
        return problem;
    }

    public long framesWritten() {
        return written;
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.release();
        }
        canvas.release();
    }
}
