package org.formcoach.capture;

import java.util.List;
import java.util.Optional;

/**
 * How a capture ended.
 *
 * @param reason why it ended
 * @param framesRead frames read in all
 * @param damage where a damaged file stopped being readable, if it did
 * @param message one line for the user
 * @param skippedFrames indices of the frames of a file that were skipped because they are damaged
 */
public record CaptureOutcome(Reason reason, long framesRead, Optional<ReadResult.Damaged> damage, String message,
        List<Long> skippedFrames) {

    public CaptureOutcome {
        skippedFrames = List.copyOf(skippedFrames);
    }

    /** An outcome without skipped frames. */
    public CaptureOutcome(Reason reason, long framesRead, Optional<ReadResult.Damaged> damage, String message) {
        this(reason, framesRead, damage, message, List.of());
    }

    /** Why a capture ended. */
    public enum Reason {
        /** The file or folder was read to its end. */
        END_OF_STREAM,
        /** The file is damaged or cut short; every readable frame before that point was read. */
        DAMAGED,
        /** {@link CaptureLoop#stop} was called. */
        STOPPED,
        /** The source failed in a way no recovery covers. */
        FAILED
    }
}
