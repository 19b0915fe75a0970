package org.formcoach.capture;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Plays a recorded source at the speed it was recorded: each frame is handed on when as much wall
 * time has passed as frame time, so a video watched in the app moves like the person did. When
 * reading falls behind (a pause, a slow machine) the clock is re-based instead of rushing to catch
 * up. Cameras need none of this; files analysed without a screen are read as fast as possible.
 */
public final class RealTimeSource implements FrameSource {

    /** Further behind than this, playback re-bases its clock rather than catching up. */
    static final long MAX_LAG_NANOS = 250_000_000L;

    private final FrameSource source;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long offset;  // wall clock minus frame time
    private boolean started;

    RealTimeSource(FrameSource source, LongSupplier clock, Sleeper sleeper) {
        this.source = source;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** {@code source} at its recorded speed; a live source is returned as it is. */
    public static FrameSource wrap(FrameSource source) {
        return source.info().isLive() ? source : new RealTimeSource(source, System::nanoTime, Sleeper.SYSTEM);
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public ReadResult read() {
        ReadResult result = source.read();
        if (result instanceof ReadResult.FrameRead read) {
            long frameTime = read.frame().timestampNanos();
            long now = clock.getAsLong();
            if (!started || now - (frameTime + offset) > MAX_LAG_NANOS) {
                started = true;
                offset = now - frameTime;
                return result;
            }
            long wait = frameTime + offset - now;
            if (wait > 0) {
                try {
                    sleeper.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return result;
    }

    @Override
    public void close() {
        source.close();
    }
}
