package org.formcoach.capture;

import java.util.OptionalLong;

/**
 * Tracks what a finite source has delivered, and whether it has ended, so it can tell a clean end from a file cut short:
 * a file that ends before the frame count its header announces is reported as
 * {@link ReadResult.Damaged}, naming the frame and time where reading stopped.
 */
final class FrameCounter {

    private final OptionalLong expectedFrames;
    private long delivered;
    private long lastTimestampNanos = -1;
    private boolean ended;

    FrameCounter(OptionalLong expectedFrames) {
        this.expectedFrames = expectedFrames;
    }

    /** Index the next delivered frame gets. */
    long nextIndex() {
        return delivered;
    }

    void delivered(long timestampNanos) {
        delivered++;
        lastTimestampNanos = timestampNanos;
    }

    /** Whether {@link #endOfData()} or {@link #damaged} was reported: the source has nothing more. */
    boolean hasEnded() {
        return ended;
    }

    /** What a source reports when read again after its end. */
    ReadResult.End afterEnd() {
        return new ReadResult.End(delivered);
    }

    /** The source ran out of data: a clean end, or damage if frames the header promised are missing. */
    ReadResult endOfData() {
        ended = true;
        if (expectedFrames.isPresent() && delivered < expectedFrames.getAsLong()) {
            return damaged("the file ends early (" + delivered + " of "
                    + expectedFrames.getAsLong() + " frames are readable; it may be truncated)");
        }
        return new ReadResult.End(delivered);
    }

    /** Reading cannot go on for {@code reason}. */
    ReadResult.Damaged damaged(String reason) {
        ended = true;
        return new ReadResult.Damaged(delivered, lastTimestampNanos, reason);
    }
}
