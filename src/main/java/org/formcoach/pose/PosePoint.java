package org.formcoach.pose;

/** One keypoint of a pose: position in source-image pixels and the model's confidence (0..1). */
public record PosePoint(double x, double y, double score) {
}
