package org.formcoach.capture;

/**
 * The outcome of one {@link FrameSource#read()}: a frame, a recoverable fault, or one of the two
 * ways a finite source ends (cleanly, or where damage made the rest unreadable).
 */
public sealed interface ReadResult
        permits ReadResult.FrameRead, ReadResult.Fault, ReadResult.End, ReadResult.Damaged {

    /** Whether the source has nothing more to give. */
    default boolean isTerminal() {
        return this instanceof End || this instanceof Damaged;
    }

    /** A decoded frame; the caller owns it and must close it. */
    record FrameRead(Frame frame) implements ReadResult {
    }

    /**
     * Something went wrong but the stream goes on; {@code message} is meant for the user.
     * {@code frameIndex} is the index of a frame of a file that was skipped because it is damaged
     * (the next frame keeps its own index), empty when the fault is not about one frame.
     */
    record Fault(FaultKind kind, String message, java.util.OptionalLong frameIndex) implements ReadResult {

        public Fault(FaultKind kind, String message) {
            this(kind, message, java.util.OptionalLong.empty());
        }

        /** Frame {@code index} of a file could not be decoded and was skipped. */
        public static Fault skippedFrame(long index, String source) {
            return new Fault(FaultKind.UNREADABLE_FRAME, source + ": frame " + index + " is damaged and was skipped",
                    java.util.OptionalLong.of(index));
        }
    }

    /** The source ended normally after {@code framesRead} frames. */
    record End(long framesRead) implements ReadResult {
    }

    /**
     * A file stopped being readable: every frame before {@code stoppedAtIndex} was delivered, the
     * rest is lost.
     *
     * @param stoppedAtIndex index of the first frame that could not be read (= frames delivered)
     * @param lastTimestampNanos timestamp of the last frame delivered, or -1 if there was none
     * @param reason what went wrong, in plain words
     */
    record Damaged(long stoppedAtIndex, long lastTimestampNanos, String reason) implements ReadResult {

        /** One line for the user, e.g. "reading stopped at frame 42 (1.40 s): the file is cut short". */
        public String describe(String source) {
            String at = lastTimestampNanos < 0 ? "before the first frame"
                    : String.format(java.util.Locale.ROOT, "at frame %d (after %.2f s)",
                            stoppedAtIndex, lastTimestampNanos / 1e9);
            return source + ": reading stopped " + at + ": " + reason;
        }
    }
}
