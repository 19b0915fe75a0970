package org.formcoach.capture;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * A video file read by OpenCV's own decoders (MJPEG AVI is always available). AVI has no
 * per-frame presentation times, so frame {@code i} is stamped {@code i / fps}. A frame that is in
 * the file but cannot be decoded is skipped and reported at its index
 * ({@link ReadResult.Fault#skippedFrame}); reading goes on with the next one. Frames are decoded
 * into images of a {@link FramePool}.
 */
public final class OpenCvVideoSource implements FrameSource {

    private final VideoCapture capture;
    private final SourceInfo info;
    private final FrameCounter counter;
    private final PooledReader reader;

    private OpenCvVideoSource(VideoCapture capture, SourceInfo info, FramePool pool) {
        this.capture = capture;
        this.info = info;
        this.counter = new FrameCounter(info.frameCount());
        this.reader = new PooledReader(pool, info.width(), info.height());
    }

    /** Opens {@code file}; throws {@link UnsupportedSourceException} if OpenCV cannot decode it. */
    public static OpenCvVideoSource open(Path file) {
        return open(file, new FramePool());
    }

    /**
     * Opens {@code file} with frames from {@code pool}, which the source closes when it closes (or
     * at once if the file cannot be opened).
     */
    public static OpenCvVideoSource open(Path file, FramePool pool) {
        OpenCvLoader.ensureLoaded();
        VideoCapture capture = new VideoCapture(file.toString(), Videoio.CAP_ANY);
        if (!capture.isOpened()) {
            capture.release();
            pool.close();
            throw new UnsupportedSourceException("Cannot decode the video " + file, null);
        }
        double fps = capture.get(Videoio.CAP_PROP_FPS);
        long count = Math.round(capture.get(Videoio.CAP_PROP_FRAME_COUNT));
        SourceInfo info = new SourceInfo(file.getFileName().toString(), SourceKind.VIDEO_FILE,
                (int) capture.get(Videoio.CAP_PROP_FRAME_WIDTH),
                (int) capture.get(Videoio.CAP_PROP_FRAME_HEIGHT),
                fps > 0 ? fps : 0, count > 0 ? OptionalLong.of(count) : OptionalLong.empty(), 0);
        return new OpenCvVideoSource(capture, info, pool);
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
        Optional<Mat> image = reader.read(capture::retrieve);
        if (image.isEmpty()) {
            return ReadResult.Fault.skippedFrame(counter.skipped(), info.description());
        }
        long index = counter.nextIndex();
        long timestamp = info.nominalFps() > 0 ? Math.round(index * 1e9 / info.nominalFps()) : 0;
        counter.delivered(timestamp);
        return new ReadResult.FrameRead(reader.frame(image.get(), index, timestamp, info.description()));
    }

    @Override
    public void close() {
        capture.release();
        reader.close();
    }
}
