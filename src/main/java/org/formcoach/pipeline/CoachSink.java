package org.formcoach.pipeline;

import org.opencv.core.Mat;

/**
 * Receives the pipeline's output on the inference thread. Implementations must be quick (hand heavy
 * work to their own thread) and must not keep {@code image}: after the call it goes back to its
 * frame pool, to hold the next frame.
 */
public interface CoachSink {

    /** A frame was analysed; {@code image} is the frame's BGR pixels, valid during this call only. */
    void onFrame(CoachFrame frame, Mat image);

    /** The capture state changed (camera lost, reconnected, paused, ...); called at most a few times a second. */
    default void onStatus(PipelineStatus status) {
    }

    /** The pipeline ended; called once, last. */
    default void onFinished(PipelineResult result) {
    }
}
