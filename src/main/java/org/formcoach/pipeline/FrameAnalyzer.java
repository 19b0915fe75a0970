package org.formcoach.pipeline;

import org.formcoach.capture.Frame;
import org.formcoach.form.FormFrame;
import org.formcoach.pose.Crop;
import org.formcoach.pose.CropTracker;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PoseEstimate;
import org.formcoach.pose.PoseEstimator;
import org.formcoach.pose.PosePoint;
import org.formcoach.pose.PoseSmoother;
import org.formcoach.pose.Skeleton;

/**
 * The per-frame work of the pipeline, on one thread, with no threads of its own: crop tracking,
 * pose estimation, the person check, smoothing and the form engine. The live app and the headless
 * analysis both run their frames through this one class.
 */
public final class FrameAnalyzer {

    /** A pose with fewer confident keypoints than this is "nobody in view" (a face and shoulders is 7). */
    static final int MIN_VISIBLE_KEYPOINTS = 5;

    private final PoseEstimator estimator;
    private final CropTracker cropTracker = new CropTracker();
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
        switchProgram(program);
    }

    /** An analyzer with the default keypoint score gate. */
    public static FrameAnalyzer withDefaults(PoseEstimator estimator, ExerciseProgram program) {
        return new FrameAnalyzer(estimator, program, Skeleton.DEFAULT_MIN_SCORE);
    }

    /** Analyses one frame; {@code queueNanos} is how long it waited in the hand-off. */
    public CoachFrame analyze(Frame frame, long queueNanos) {
        long start = System.nanoTime();
        Crop crop = cropTracker.nextCrop(frame.width(), frame.height());
        PoseEstimate estimate = estimator.estimate(frame.image(), crop);
        Pose raw = estimate.pose();
        Pose pose = isPerson(raw) ? raw : null;
        cropTracker.update(pose);
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

    boolean isPerson(Pose pose) {
        int visible = 0;
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            if (p.score() >= minScore) {
                visible++;
            }
        }
        return visible >= MIN_VISIBLE_KEYPOINTS;
    }
}
