package org.formcoach.capture;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;

/**
 * A webcam read through OpenCV: V4L2 on Linux, the platform's default backend elsewhere. Asks for
 * the requested size and rate with the MJPG pixel format (USB cameras deliver full rate only when
 * compressed). Frames are stamped with the monotonic clock ({@link System#nanoTime()}) when they
 * are grabbed. A failed read is reported as {@link FaultKind#CAMERA_LOST}; wrap the source in a
 * {@link ReconnectingSource} (as {@link FrameSources#open} does) to survive unplugging. Frames are
 * decoded into images of a {@link FramePool}.
 */
public final class WebcamSource implements FrameSource {

    static final boolean IS_LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    private static final int API = IS_LINUX ? Videoio.CAP_V4L2 : Videoio.CAP_ANY;

    private final VideoCapture capture;
    private final SourceInfo info;
    private final PooledReader reader;
    private long nextIndex;

    private WebcamSource(VideoCapture capture, SourceInfo info, FramePool pool) {
        this.capture = capture;
        this.info = info;
        this.reader = new PooledReader(pool, info.width(), info.height());
    }

    /**
     * Opens {@code camera}; if it is missing or busy, throws {@link CameraUnavailableException}
     * whose message lists the cameras of {@code directory}.
     */
    public static WebcamSource open(CameraRef camera, CaptureRequest request, CameraDirectory directory) {
        OpenCvLoader.ensureLoaded();
        VideoCapture capture = camera.devicePath()
                .map(path -> new VideoCapture(path, API))
                .orElseGet(() -> new VideoCapture(camera.index(), API));
        if (!capture.isOpened()) {
            capture.release();
            throw new CameraUnavailableException(directory.explainUnavailable(camera));
        }
        capture.set(Videoio.CAP_PROP_FOURCC, VideoWriter.fourcc('M', 'J', 'P', 'G'));
        capture.set(Videoio.CAP_PROP_FRAME_WIDTH, request.width());
        capture.set(Videoio.CAP_PROP_FRAME_HEIGHT, request.height());
        capture.set(Videoio.CAP_PROP_FPS, request.fps());
        SourceInfo info = new SourceInfo("camera " + camera.spec(), SourceKind.CAMERA,
                (int) capture.get(Videoio.CAP_PROP_FRAME_WIDTH), (int) capture.get(Videoio.CAP_PROP_FRAME_HEIGHT),
                capture.get(Videoio.CAP_PROP_FPS), OptionalLong.empty(), 0);
        return new WebcamSource(capture, info, new FramePool());
    }

    /** Whether camera {@code index} opens now (it is released at once). */
    static boolean canOpen(int index) {
        OpenCvLoader.ensureLoaded();
        VideoCapture probe = new VideoCapture(index, API);
        try {
            return probe.isOpened();
        } finally {
            probe.release();
        }
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        // stamp the frame when it is grabbed, before the (MJPEG) decoding in retrieve()
        if (!capture.grab()) {
            return new ReadResult.Fault(FaultKind.CAMERA_LOST, "Camera lost: " + info.description()
                    + " stopped sending images (unplugged or taken by another program)");
        }
        long timestamp = System.nanoTime();
        Optional<Mat> image = reader.read(capture::retrieve);
        if (image.isEmpty()) {
            return new ReadResult.Fault(FaultKind.EMPTY_FRAME, info.description() + " sent an empty image");
        }
        return new ReadResult.FrameRead(reader.frame(image.get(), nextIndex++, timestamp, info.description()));
    }

    @Override
    public void close() {
        capture.release();
        reader.close();
    }
}
