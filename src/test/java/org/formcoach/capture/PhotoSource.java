package org.formcoach.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.opencv.core.Mat;

/**
 * A source for tests: frames of the photo sequence ({@link TestVideos#frame}), live or file-like,
 * a given number of them (or endless). It remembers every frame it handed out, so a test can check
 * that all were closed (no native memory leaked), and whether it was closed itself.
 */
public final class PhotoSource implements FrameSource {

    static final int WIDTH = 160;
    static final int HEIGHT = 120;

    private final Mat photo = TestVideos.photo();
    private final SourceInfo info;
    private final long frames;
    private final int width;
    private final int height;
    private final List<Frame> handedOut = new ArrayList<>();
    private long next;
    private volatile boolean closed;

    private PhotoSource(SourceKind kind, long frames, int width, int height) {
        this.info = new SourceInfo("photo " + kind, kind, width, height, 30,
                frames == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(frames), 0);
        this.frames = frames;
        this.width = width;
        this.height = height;
    }

    static PhotoSource live() {
        return live(WIDTH, HEIGHT);
    }

    static PhotoSource file(long frames) {
        return file(frames, WIDTH, HEIGHT);
    }

    /** An endless camera-like source of {@code width} x {@code height} frames. */
    public static PhotoSource live(int width, int height) {
        return new PhotoSource(SourceKind.CAMERA, Long.MAX_VALUE, width, height);
    }

    /** A file-like source of {@code frames} frames. */
    public static PhotoSource file(long frames, int width, int height) {
        return new PhotoSource(SourceKind.VIDEO_FILE, frames, width, height);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (closed) {
            throw new IllegalStateException("read after close");
        }
        if (next >= frames) {
            return new ReadResult.End(next);
        }
        long index = next++;
        // a camera stamps frames with the monotonic clock, a file with its presentation time
        long timestamp = info.isLive() ? System.nanoTime() : index * 33_333_333L;
        Frame frame = new Frame(TestVideos.frame(photo, (int) (index % 1000), width, height), index,
                timestamp, info.description());
        synchronized (handedOut) {
            handedOut.add(frame);
        }
        return new ReadResult.FrameRead(frame);
    }

    public boolean isClosed() {
        return closed;
    }

    public long framesHandedOut() {
        synchronized (handedOut) {
            return handedOut.size();
        }
    }

    /** Frames handed out and not closed yet (a frame whose image moved to another counts as closed). */
    public long openFrames() {
        synchronized (handedOut) {
            return handedOut.stream().filter(f -> !f.isClosed()).count();
        }
    }

    @Override
    public void close() {
        closed = true;
        photo.release();
    }
}
