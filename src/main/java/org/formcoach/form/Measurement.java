package org.formcoach.form;

import org.formcoach.pose.Keypoint;

/**
 * One value measured on a frame, e.g. a joint angle, and the keypoint to draw it at.
 *
 * @param name  the rule or signal it belongs to (e.g. "elbow-depth", "reps")
 * @param unit  "deg" for angles, "ratio" for body-scale offsets
 */
public record Measurement(String name, double value, String unit, Keypoint at) {
}
