package org.formcoach.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A test utility: wraps a source and injects scripted faults, to prove the recovery paths of the
 * capture layer and the pipeline (camera errors, stalls, empty frames, a resolution change, an
 * early end). Positions count the frames of the wrapped source: a fault "at frame k" happens just
 * before the wrapped source's frame {@code k} is read. Each scripted fault fires once.
 *
 * <pre>{@code
 * FrameSource flaky = FaultInjectingSource.wrap(source)
 *         .throwAt(5, "USB error")
 *         .stallAt(8, Duration.ofMillis(300))
 *         .emptyFramesAt(10, 3)
 *         .resizeFrom(12, 320, 180)
 *         .endAt(20);
 * }</pre>
 */
public final class FaultInjectingSource implements FrameSource {

    /** One scripted fault. */
    public sealed interface Injection permits Throw, Stall, EmptyFrames, Resize, EndEarly {
        /** The wrapped source's frame position it happens before. */
        long at();
    }

    /** {@link #read()} throws an {@link IllegalStateException} with {@code message}. */
    public record Throw(long at, String message) implements Injection {
    }

    /** {@link #read()} blocks for {@code duration} (interruptible), then goes on. */
    public record Stall(long at, Duration duration) implements Injection {
    }

    /** {@code count} reads return {@link FaultKind#EMPTY_FRAME}. */
    public record EmptyFrames(long at, int count) implements Injection {
    }

    /** From here on every frame is scaled to {@code width}×{@code height}. */
    public record Resize(long at, int width, int height) implements Injection {
    }

    /** The stream ends here, as a file cut short would (but cleanly). */
    public record EndEarly(long at) implements Injection {
    }

    private final FrameSource source;
    private final List<Injection> script;
    private final Sleeper sleeper;
    private final List<Injection> fired = new ArrayList<>();
    private long position;
    private int emptyLeft;
    private Resize resize;
    private boolean ended;

    private FaultInjectingSource(FrameSource source, List<Injection> script, Sleeper sleeper) {
        this.source = source;
        this.script = List.copyOf(script);
        this.sleeper = sleeper;
    }

    /** Wraps {@code source} with no faults yet; add them with the methods below. */
    public static FaultInjectingSource wrap(FrameSource source) {
        return new FaultInjectingSource(source, List.of(), Sleeper.SYSTEM);
    }

    public FaultInjectingSource throwAt(long at, String message) {
        return with(new Throw(at, message));
    }

    public FaultInjectingSource stallAt(long at, Duration duration) {
        return with(new Stall(at, duration));
    }

    public FaultInjectingSource emptyFramesAt(long at, int count) {
        return with(new EmptyFrames(at, count));
    }

    public FaultInjectingSource resizeFrom(long at, int width, int height) {
        return with(new Resize(at, width, height));
    }

    public FaultInjectingSource endAt(long at) {
        return with(new EndEarly(at));
    }

    /** The same script with another sleeper (for stalls that should not really wait). */
    public FaultInjectingSource withSleeper(Sleeper other) {
        return new FaultInjectingSource(source, script, other);
    }

    private FaultInjectingSource with(Injection injection) {
        List<Injection> longer = new ArrayList<>(script);
        longer.add(injection);
        return new FaultInjectingSource(source, longer, sleeper);
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public ReadResult read() {
        if (ended) {
            return new ReadResult.End(position);
        }
        if (emptyLeft > 0) {
            emptyLeft--;
            return emptyFrame();
        }
        for (Injection injection : script) {
            if (injection.at() != position || fired.contains(injection)) {
                continue;
            }
            fired.add(injection);
            if (injection instanceof Throw t) {
                throw new IllegalStateException(t.message());
            } else if (injection instanceof Stall s) {
                try {
                    sleeper.sleep(s.duration());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (injection instanceof EmptyFrames e) {
                emptyLeft = e.count() - 1;
                return emptyFrame();
            } else if (injection instanceof Resize r) {
                resize = r;
            } else if (injection instanceof EndEarly) {
                ended = true;
                return new ReadResult.End(position);
            }
        }
        ReadResult result = source.read();
        if (result instanceof ReadResult.FrameRead read) {
            position++;
            return resize == null ? read : new ReadResult.FrameRead(resized(read.frame()));
        }
        return result;
    }

    private static ReadResult emptyFrame() {
        return new ReadResult.Fault(FaultKind.EMPTY_FRAME, "injected empty frame");
    }

    private Frame resized(Frame frame) {
        try (frame) {
            Mat scaled = new Mat();
            Imgproc.resize(frame.image(), scaled, new Size(resize.width(), resize.height()));
            return new Frame(scaled, frame.index(), frame.timestampNanos(), frame.sourceId());
        }
    }

    @Override
    public void close() {
        source.close();
    }
}
