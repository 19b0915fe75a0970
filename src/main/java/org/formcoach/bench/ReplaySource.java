package org.formcoach.bench;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.Frame;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.capture.SourceInfo;
import org.formcoach.capture.SourceKind;

/**
 * A recorded file replayed for benchmarks: looped until {@code frames} frames have been read, and
 * either as fast as the consumer takes them (a file) or paced by the wall clock at the file's frame
 * rate and presented as a camera (live: the pipeline then uses its newest-wins mailbox and counts
 * drops exactly as it would with a webcam).
 */
public final class ReplaySource implements FrameSource {

    private final Path file;
    private final long frames;
    private final boolean live;
    private final SourceInfo info;
    private final long frameNanos;
    private FrameSource current;
    private long index;
    private long timestampOffset;
    private long lastTimestamp;
    private long startNanos;

    private ReplaySource(Path file, long frames, boolean live) {
        this.file = file;
        this.frames = frames;
        this.live = live;
        this.current = FrameSources.openPath(file, CaptureRequest.DEFAULT);
        SourceInfo inner = current.info();
        double fps = inner.nominalFps() > 0 ? inner.nominalFps() : 30;
        this.frameNanos = (long) (1e9 / fps);
        this.info = new SourceInfo((live ? "live replay of " : "replay of ") + file.getFileName(),
                live ? SourceKind.CAMERA : SourceKind.VIDEO_FILE, inner.width(), inner.height(), fps,
                OptionalLong.of(frames), 0);
    }

    public static ReplaySource live(Path file, long frames) {
        return new ReplaySource(file, frames, true);
    }

    public static ReplaySource asFile(Path file, long frames) {
        return new ReplaySource(file, frames, false);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (index >= frames) {
            return new ReadResult.End(index);
        }
        ReadResult r = current.read();
        if (r instanceof ReadResult.End || r instanceof ReadResult.Damaged) {
            current.close();
            current = FrameSources.openPath(file, CaptureRequest.DEFAULT);
            timestampOffset = lastTimestamp + frameNanos;
            r = current.read();
        }
        if (!(r instanceof ReadResult.FrameRead read)) {
            return r;
        }
        Frame inner = read.frame();
        long timestamp;
        if (live) {
            if (startNanos == 0) {
                startNanos = System.nanoTime();
            }
            long due = startNanos + index * frameNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    inner.close();
                    return new ReadResult.End(index);
                }
            }
            timestamp = System.nanoTime();  // a camera stamps frames with the monotonic clock
        } else {
            timestamp = timestampOffset + inner.timestampNanos();
        }
        lastTimestamp = timestamp;
        return new ReadResult.FrameRead(inner.restamped(index++, timestamp, info.description()));
    }

    @Override
    public void close() {
        current.close();
    }
}
