package org.formcoach.bench;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FramePool;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ReadResult;
import org.formcoach.capture.RealTimeSource;
import org.formcoach.capture.SourceInfo;
import org.formcoach.capture.SourceKind;

/**
 * A recorded file replayed for benchmarks: looped until {@code frames} frames have been read, and
 * either as fast as the consumer takes them (a file) or presented as a camera: paced at the file's
 * frame rate by {@link RealTimeSource} and stamped with the monotonic clock, so the pipeline uses
 * its newest-wins mailbox and counts drops exactly as it would with a webcam.
 */
public final class ReplaySource implements FrameSource {

    private final FrameSource frames;
    private final boolean live;
    private final SourceInfo info;

    private ReplaySource(Path file, long frames, boolean live) {
        Loop loop = new Loop(file, frames);
        this.frames = live ? RealTimeSource.wrap(loop) : loop;
        this.live = live;
        SourceInfo looped = loop.info();
        this.info = new SourceInfo((live ? "live replay of " : "replay of ") + file.getFileName(),
                live ? SourceKind.CAMERA : SourceKind.VIDEO_FILE, looped.width(), looped.height(),
                looped.nominalFps(), looped.frameCount(), 0);
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
        ReadResult r = frames.read();
        if (live && r instanceof ReadResult.FrameRead read) {
            // a camera stamps frames with the monotonic clock when they arrive
            return new ReadResult.FrameRead(read.frame().restamped(read.frame().index(), System.nanoTime(),
                    info.description()));
        }
        return r;
    }

    @Override
    public void close() {
        frames.close();
    }

    /**
     * The file read again and again: indices and presentation times keep rising across the loops,
     * and each opening decodes into the same frame images.
     */
    private static final class Loop implements FrameSource {
        private final Path file;
        private final FramePool pool = new FramePool();
        private final long frames;
        private final SourceInfo info;
        private final long frameNanos;
        private FrameSource current;
        private long index;
        private long timestampOffset;
        private long lastTimestamp;

        Loop(Path file, long frames) {
            this.file = file;
            this.frames = frames;
            this.current = FrameSources.openPath(file, CaptureRequest.DEFAULT, pool.share());
            SourceInfo inner = current.info();
            double fps = inner.nominalFps() > 0 ? inner.nominalFps() : 30;
            this.frameNanos = (long) (1e9 / fps);
            this.info = new SourceInfo("loop of " + file.getFileName(), SourceKind.VIDEO_FILE, inner.width(),
                    inner.height(), fps, OptionalLong.of(frames), 0);
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
                current = FrameSources.openPath(file, CaptureRequest.DEFAULT, pool.share());
                timestampOffset = lastTimestamp + frameNanos;
                r = current.read();
            }
            if (!(r instanceof ReadResult.FrameRead read)) {
                return r;
            }
            lastTimestamp = timestampOffset + read.frame().timestampNanos();
            return new ReadResult.FrameRead(read.frame().restamped(index++, lastTimestamp, info.description()));
        }

        @Override
        public void close() {
            current.close();
            pool.close();
        }
    }
}
