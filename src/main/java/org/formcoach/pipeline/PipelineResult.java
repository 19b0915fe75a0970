package org.formcoach.pipeline;

import java.util.Optional;
import org.formcoach.capture.CaptureOutcome;

/**
 * How a pipeline run ended.
 *
 * @param capture        why capture ended (end of file, damaged file and where, stopped, failed)
 * @param framesAnalysed frames that went through the model and the form engine
 * @param framesDropped  live frames dropped in favour of newer ones
 * @param failure        an error that stopped the inference thread, if any (the message is for the user)
 */
public record PipelineResult(CaptureOutcome capture, long framesAnalysed, long framesDropped,
        Optional<String> failure) {
}
