package org.formcoach.pipeline;

import org.formcoach.capture.CaptureState;

/**
 * How the pipeline is doing: capture state and counters.
 *
 * @param state           the capture thread's state (running, paused, camera lost, ended)
 * @param message         the latest fault for the user ("camera lost, reconnecting..."), or empty
 * @param framesRead      frames read from the source
 * @param framesAnalysed  frames that went through the model and the form engine
 * @param framesDropped   live frames replaced by a newer one before inference took them
 * @param fps             analysed frames per second over the last few seconds of wall-clock time
 */
public record PipelineStatus(CaptureState state, String message, long framesRead, long framesAnalysed,
        long framesDropped, double fps) {
}
