package org.formcoach.capture;

import java.util.OptionalLong;

/**
 * Tracks what a finite source has delivered and skipped, and whether it has ended, so it can tell
 * a clean end from a file cut short: a file that ends before the frame count its header announces
 * is reported as {@link ReadResult.Damaged}, naming the frame and time where reading stopped.
 * Frames skipped because they are damaged keep their place: the frames after them keep the index
 * they have in the file, and they count as read when the end is checked.
 */
final class FrameCounter {

    private final OptionalLong expectedFrames;
    private final long frameNanos;
    private long position;
    private long delivered;
    private long lastTimestampNanos = -1;
    private boolean ended;

    /** A counter that cannot see frames a decoder dropped (a variable frame rate, or no timestamps). */
    FrameCounter(OptionalLong expectedFrames) {
        this(expectedFrames, 0);
    }

    /**
     * @param frameNanos the frame duration of a constant-frame-rate stream, or 0 when the rate varies:
     *                   only at a constant rate does a gap between timestamps mean frames were lost
     */
    FrameCounter(OptionalLong expectedFrames, long frameNanos) {
        this.expectedFrames = expectedFrames;
        this.frameNanos = frameNanos;
    }

    /** Index the next frame gets. */
    long nextIndex() {
        return position;
    }

    void delivered(long timestampNanos) {
        position++;
        delivered++;
        lastTimestampNanos = timestampNanos;
    }

    /** The next frame is damaged and skipped; returns its index. */
    long skipped() {
        return position++;
    }

    /**
     * How many frames are missing before a frame stamped {@code timestampNanos}. A decoder drops a
     * frame it cannot decode without a word; at a constant frame rate that shows as a gap of more
     * than one frame duration after the previous frame.
     */
    int missingBefore(long timestampNanos) {
        if (frameNanos <= 0 || lastTimestampNanos < 0) {
            return 0;
        }
        long steps = Math.round((double) (timestampNanos - lastTimestampNanos) / frameNanos);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, steps - 1));
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
        if (expectedFrames.isPresent() && position < expectedFrames.getAsLong()) {
            return damaged("the file ends early (" + position + " of "
                    + expectedFrames.getAsLong() + " frames are there; it may be truncated)");
        }
        return new ReadResult.End(delivered);
    }

    /** Reading cannot go on for {@code reason}. */
    ReadResult.Damaged damaged(String reason) {
        ended = true;
        return new ReadResult.Damaged(position, lastTimestampNanos, reason);
    }
}
