package org.formcoach.pipeline;

import org.formcoach.capture.Frame;
import org.formcoach.form.FormFrame;
import org.formcoach.pose.PersonTracker;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PoseEstimate;
import org.formcoach.pose.PoseEstimator;
import org.formcoach.pose.PoseSmoother;
import org.formcoach.pose.Skeleton;

/**
 * The per-frame work of the pipeline, on one thread, with no threads of its own: finding and
 * following the person to coach (with crop tracking), pose estimation, smoothing and the form engine. The live app and the headless
 * analysis both run their frames through this one class.
 */
public final class FrameAnalyzer {

    private final PoseEstimator estimator;
    private final PersonTracker people;
    private PoseSmoother smoother;
    private final double minScore;
    private ExerciseProgram program;

    /**
     * @param minScore keypoints below this score count as not visible (and are not smoothed); the
     *                 smoothing itself is the exercise's ({@code smoothing:} in its YAML file)
     */
    public FrameAnalyzer(PoseEstimator estimator, ExerciseProgram program, double minScore) {
        this.estimator = estimator;
        this.minScore = minScore;
        this.people = new PersonTracker(minScore);
        switchProgram(program);
    }

    /** An analyzer with the default keypoint score gate. */
    public static FrameAnalyzer withDefaults(PoseEstimator estimator, ExerciseProgram program) {
        return new FrameAnalyzer(estimator, program, Skeleton.DEFAULT_MIN_SCORE);
    }

    /** Analyses one frame; {@code queueNanos} is how long it waited in the hand-off. */
    public CoachFrame analyze(Frame frame, long queueNanos) {
        long start = System.nanoTime();
        PoseEstimate estimate = people.track(estimator, frame.image(), frame.timestampNanos());
        Pose pose = estimate.pose();
        long smoothStart = System.nanoTime();
        Pose smoothed;
        if (pose == null) {
            smoother.reset();
            smoothed = null;
        } else {
            smoothed = smoother.smooth(pose, frame.timestampNanos());
        }
        long evalStart = System.nanoTime();
        FormFrame form = program.evaluate(smoothed, frame.timestampNanos());
        long end = System.nanoTime();
        StageTimings timings = new StageTimings(queueNanos, estimate.preprocessNanos(), estimate.inferenceNanos(),
                estimate.postprocessNanos(), evalStart - smoothStart, end - evalStart, queueNanos + end - start);
        return new CoachFrame(frame.index(), frame.timestampNanos(), frame.width(), frame.height(), smoothed,
                program.exercise().id(), program.set(), form, timings);
    }

    /** Starts another exercise (or the same one afresh) from the next frame. */
    public void switchProgram(ExerciseProgram next) {
        this.program = next;
        this.smoother = new PoseSmoother(next.exercise().smoothing(), minScore);
    }

    public ExerciseProgram program() {
        return program;
    }

    public PoseEstimator estimator() {
        return estimator;
    }
}
