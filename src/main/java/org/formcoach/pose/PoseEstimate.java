package org.formcoach.pose;

/** The result of one {@link PoseEstimator} call: the pose and the time spent in each stage. */
public record PoseEstimate(Pose pose, long preprocessNanos, long inferenceNanos, long postprocessNanos) {

    public long totalNanos() {
        return preprocessNanos + inferenceNanos + postprocessNanos;
    }
}
