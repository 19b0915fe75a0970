package org.formcoach.pipeline;

/**
 * Time spent on one frame in each pipeline stage, in nanoseconds.
 *
 * @param queueNanos      from the frame's arrival in the hand-off until inference picked it up
 * @param preprocessNanos letterbox and tensor building
 * @param inferenceNanos  the model
 * @param postprocessNanos mapping the output back to source pixels
 * @param smoothingNanos  the 1€ filters
 * @param evaluationNanos the form engine
 * @param totalNanos      from hand-off to result, all of the above
 */
public record StageTimings(long queueNanos, long preprocessNanos, long inferenceNanos, long postprocessNanos,
        long smoothingNanos, long evaluationNanos, long totalNanos) {

    public static final String[] STAGES = {"queue", "preprocess", "inference", "postprocess", "smoothing",
        "evaluation", "total"};

    /** The value of the stage named as in {@link #STAGES}. */
    public long stage(String name) {
        return switch (name) {
            case "queue" -> queueNanos;
            case "preprocess" -> preprocessNanos;
            case "inference" -> inferenceNanos;
            case "postprocess" -> postprocessNanos;
            case "smoothing" -> smoothingNanos;
            case "evaluation" -> evaluationNanos;
            case "total" -> totalNanos;
            default -> throw new IllegalArgumentException("no stage " + name);
        };
    }
}
