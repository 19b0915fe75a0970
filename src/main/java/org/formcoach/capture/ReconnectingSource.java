package org.formcoach.capture;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a live source going through unplugging and driver errors. When the camera fails (a
 * {@link FaultKind#CAMERA_LOST} fault, an exception, an unexpected end, or too many empty frames in
 * a row), it closes it, reports {@link FaultKind#CAMERA_LOST} and tries to open it again after a
 * {@link Backoff} wait (each failed attempt reports the fault again and doubles the wait). The
 * stream never ends: frame indices keep counting across reconnections.
 */
public final class ReconnectingSource implements FrameSource {

    /** Opens the underlying source; throws {@link CaptureException} if it cannot. */
    @FunctionalInterface
    public interface Opener {
        FrameSource open();
    }

    /** Empty frames in a row that count as a lost camera. */
    static final int MAX_CONSECUTIVE_EMPTY = 30;

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingSource.class);

    private final Opener opener;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final SourceInfo info;
    private FrameSource current;
    private Duration wait;
    private long nextIndex;
    private int consecutiveEmpty;
    private long reconnections;

    private ReconnectingSource(Opener opener, Backoff backoff, Sleeper sleeper, FrameSource first) {
        this.opener = opener;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.current = first;
        this.info = first.info();
        this.wait = backoff.initial();
    }

    /**
     * Opens the source once now (a camera that is missing or busy at the start is an error the
     * user must fix, reported by the opener's exception) and keeps it open from then on.
     */
    public static ReconnectingSource open(Opener opener, Backoff backoff, Sleeper sleeper) {
        return new ReconnectingSource(opener, backoff, sleeper, opener.open());
    }

    /** {@link #open(Opener, Backoff, Sleeper)} with the default back-off and real sleeping. */
    public static ReconnectingSource open(Opener opener) {
        return open(opener, Backoff.DEFAULT, Sleeper.SYSTEM);
    }

    /** The first opened source's description; sizes may differ after a reconnection. */
    @Override
    public SourceInfo info() {
        return info;
    }

    /** How many times the source was opened again after being lost. */
    public long reconnections() {
        return reconnections;
    }

    @Override
    public ReadResult read() {
        if (current == null) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return lost("reconnection interrupted");
            }
            try {
                current = opener.open();
                reconnections++;
                wait = backoff.initial();
                LOG.info("{} reconnected", info.description());
            } catch (CaptureException e) {
                wait = backoff.next(wait);
                return lost(e.getMessage());
            }
        }
        ReadResult result;
        try {
            result = current.read();
        } catch (RuntimeException e) {
            return dropCurrent(String.valueOf(e.getMessage()));
        }
        if (result instanceof ReadResult.FrameRead read) {
            consecutiveEmpty = 0;
            return new ReadResult.FrameRead(read.frame().withIndex(nextIndex++));
        }
        if (result instanceof ReadResult.Fault fault && fault.kind() == FaultKind.EMPTY_FRAME
                && ++consecutiveEmpty < MAX_CONSECUTIVE_EMPTY) {
            return fault;
        }
        String why = result instanceof ReadResult.Fault fault ? fault.message()
                : result instanceof ReadResult.Damaged damaged ? damaged.reason()
                : "the stream ended";
        return dropCurrent(why);
    }

    private ReadResult dropCurrent(String why) {
        LOG.warn("{} lost: {}", info.description(), why);
        current.close();
        current = null;
        consecutiveEmpty = 0;
        return lost(why);
    }

    private ReadResult lost(String why) {
        return new ReadResult.Fault(FaultKind.CAMERA_LOST, String.format(Locale.ROOT,
                "Camera lost (%s): %s; reconnecting in %.1f s", info.description(), why, wait.toMillis() / 1000.0));
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
