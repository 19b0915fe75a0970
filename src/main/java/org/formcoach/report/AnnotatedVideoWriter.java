package org.formcoach.report;

import org.formcoach.capture.OpenCvLoader;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.CoachText;
import org.formcoach.pose.Skeleton;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;

/**
 * Writes the analysed video with the skeleton, the cue banner and the progress line drawn in (the
 * words by {@link TextPainter}, so that "—" and "…" render), as MJPEG AVI (which every platform's OpenCV can write without FFmpeg).
 *
 * <p>The video is written to a temporary file beside the target; {@link #finish()} completes it
 * (OpenCV writes the AVI index last), checks that it reads back with every frame and only then puts
 * it in place, so a video already there is never replaced by a broken one (a full disk, an
 * interrupted run that was not finished).
 */
public final class AnnotatedVideoWriter implements CoachSink, AutoCloseable {

    private final OutputFile file;
    private final double fps;
    private final int totalSets;
    private final PoseOverlayPainter painter = new PoseOverlayPainter(Skeleton.DEFAULT_MIN_SCORE);
    private final TextPainter textPainter = new TextPainter();
    private OutputFile.Staged staged;
    private VideoWriter writer;
    private Size size;
    private String problem;
    private long written;

    /** @param file a target checked with {@code OutputFile.forFile(path, List.of("avi"))} */
    public AnnotatedVideoWriter(OutputFile file, double fps, int totalSets) {
        this.file = file;
        this.fps = fps > 0 ? fps : 30;
        this.totalSets = totalSets;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        if (problem != null) {
            return;
        }
        OpenCvLoader.ensureLoaded();
        if (writer == null) {
            size = image.size();
            try {
                staged = file.stage();
            } catch (OutputException e) {
                problem = e.getMessage();
                return;
            }
            // OpenCV's own MJPEG writer: present on every platform, and asking for it by name keeps OpenCV
            // from trying (and loudly failing with) its image-sequence backend first
            writer = new VideoWriter(staged.path().toString(), Videoio.CAP_OPENCV_MJPEG,
                    VideoWriter.fourcc('M', 'J', 'P', 'G'), fps, size, true);
            if (!writer.isOpened()) {
                problem = "cannot write the video " + file.path();
                return;
            }
        }
        Mat canvas = new Mat();
        try {
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
        } finally {
            canvas.release();
        }
    }

    /** A band of {@code background} with {@code text} at the top ({@code yFraction} under 0.5) or the bottom. */
    private void drawText(Mat canvas, String text, double yFraction, Scalar background) {
        textPainter.band(canvas, text, yFraction < 0.5, TextPainter.bandFontSize(canvas.cols(), canvas.rows()),
                background);
    }

    /**
     * Completes the video and puts it in place: OpenCV writes the AVI index, the file is read back
     * to check that every frame is there, and it replaces the target in one step. Without a single
     * frame there is nothing to write and the target is left alone ({@link #framesWritten()} is 0).
     *
     * @throws OutputException when the video could not be written whole (a full disk); a video
     *                         already at the target is then left as it was
     */
    public void finish() throws OutputException {
        if (problem != null) {
            throw OutputException.writeFailed(problem, null);
        }
        if (writer == null) {
            return;
        }
        writer.release();
        writer = null;
        long readable = framesReadable(staged.path());
        if (readable != written) {
            throw OutputException.writeFailed("cannot write " + file.path() + " completely (" + readable + " of "
                    + written + " frames could be read back; is the disk full?)", null);
        }
        staged.commit();
    }

    /** Frames the finished AVI announces to a reader (from its index), or 0 when it does not open. */
    private static long framesReadable(java.nio.file.Path video) {
        org.opencv.videoio.VideoCapture check = new org.opencv.videoio.VideoCapture(video.toString(),
                Videoio.CAP_OPENCV_MJPEG);
        try {
            return check.isOpened() ? Math.round(check.get(Videoio.CAP_PROP_FRAME_COUNT)) : 0;
        } finally {
            check.release();
        }
    }

    public long framesWritten() {
        return written;
    }

    /** Releases the writer; a video not {@link #finish() finished} is deleted and the target left as it was. */
    @Override
    public void close() {
        if (writer != null) {
            writer.release();
            writer = null;
        }
        if (staged != null) {
            staged.close();
        }
    }
}
