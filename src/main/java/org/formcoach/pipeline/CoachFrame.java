package org.formcoach.pipeline;

import org.formcoach.form.FormFrame;
import org.formcoach.pose.Pose;

/**
 * One instant of a coaching session, immutable: everything downstream (overlay, reports, sounds,
 * the session store) reads this and nothing reaches back up the chain.
 *
 * @param index          the frame's index in its source
 * @param timestampNanos the frame's timestamp (presentation time for files, capture clock for cameras)
 * @param imageWidth     width of the frame in pixels
 * @param imageHeight    height of the frame in pixels
 * @param pose           the smoothed pose in frame pixels, or null when nobody was found
 * @param exerciseId     the exercise being evaluated
 * @param set            the set (1-based) of that exercise
 * @param form           the form engine's verdict: view, measurements, cues, events, progress
 * @param timings        time spent in each stage
 */
public record CoachFrame(long index, long timestampNanos, int imageWidth, int imageHeight, Pose pose,
        String exerciseId, int set, FormFrame form, StageTimings timings) {

    public boolean personInView() {
        return pose != null;
    }

    public double seconds() {
        return timestampNanos / 1e9;
    }
}
