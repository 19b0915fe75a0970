package org.formcoach.capture;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * A video file read by OpenCV's own decoders (MJPEG AVI is always available). AVI has no
 * per-frame presentation times, so frame {@code i} is stamped {@code i / fps}. A frame that is in
 * the file but cannot be decoded is skipped and reported at its index
 * ({@link ReadResult.Fault#skippedFrame}); reading goes on with the next one.
 */
public final class OpenCvVideoSource implements FrameSource {

    private final VideoCapture capture;
    private final SourceInfo info;
    private final FrameCounter counter;

    private OpenCvVideoSource(VideoCapture capture, SourceInfo info) {
        this.capture = capture;
        this.info = info;
        this.counter = new FrameCounter(info.frameCount());
    }

    /** Opens {@code file}; throws {@link UnsupportedSourceException} if OpenCV cannot decode it. */
    public static OpenCvVideoSource open(Path file) {
        OpenCvLoader.ensureLoaded();
        VideoCapture capture = new VideoCapture(file.toString(), Videoio.CAP_ANY);
        if (!capture.isOpened()) {
            capture.release();
            throw new UnsupportedSourceException("Cannot decode the video " + file, null);
        }
        double fps = capture.get(Videoio.CAP_PROP_FPS);
        long count = Math.round(capture.get(Videoio.CAP_PROP_FRAME_COUNT));
        SourceInfo info = new SourceInfo(file.getFileName().toString(), SourceKind.VIDEO_FILE,
                (int) capture.get(Videoio.CAP_PROP_FRAME_WIDTH),
                (int) capture.get(Videoio.CAP_PROP_FRAME_HEIGHT),
                fps > 0 ? fps : 0, count > 0 ? OptionalLong.of(count) : OptionalLong.empty(), 0);
        return new OpenCvVideoSource(capture, info);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (counter.hasEnded()) {
            return counter.afterEnd();
        }
        if (!capture.grab()) {
            return counter.endOfData();
        }
        Mat image = new Mat();
        if (!capture.retrieve(image) || image.empty()) {
            image.release();
            return ReadResult.Fault.skippedFrame(counter.skipped(), info.description());
        }
        long index = counter.nextIndex();
        long timestamp = info.nominalFps() > 0 ? Math.round(index * 1e9 / info.nominalFps()) : 0;
        counter.delivered(timestamp);
        return new ReadResult.FrameRead(new Frame(image, index, timestamp, info.description()));
    }

    @Override
    public void close() {
        capture.release();
    }
}
