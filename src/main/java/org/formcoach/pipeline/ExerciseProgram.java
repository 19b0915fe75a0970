package org.formcoach.pipeline;

import org.formcoach.form.ExerciseEvaluator;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.Neutral;
import org.formcoach.pose.Pose;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;

/**
 * An exercise done set after set: one {@link ExerciseEvaluator} per set, and the next set begins
 * on the frame after the previous one reports {@link FormEvent.Type#SET_DONE}. Sets beyond the dose
 * keep counting (a report should show everything the person did), flagged by {@link #set()} being
 * greater than the dose's sets. Rest between sets is the routine runner's business, not this one's.
 */
public final class ExerciseProgram {

    private final Exercise exercise;
    private final Dose dose;
    private final ExerciseEvaluator.Options options;
    private Neutral neutral;
    private ExerciseEvaluator evaluator;
    private int set = 1;
    private boolean advance;

    public ExerciseProgram(Exercise exercise, Dose dose, Neutral neutral, ExerciseEvaluator.Options options) {
        this.exercise = exercise;
        this.dose = dose;
        this.neutral = neutral;
        this.options = options;
        this.evaluator = new ExerciseEvaluator(exercise, dose, neutral, options);
    }

    public static ExerciseProgram of(Exercise exercise) {
        return new ExerciseProgram(exercise, exercise.dose(), null, ExerciseEvaluator.Options.DEFAULT);
    }

    public FormFrame evaluate(Pose pose, long timestampNanos) {
        if (advance) {
            neutral = evaluator.neutral();  // a neutral recorded during one set serves the next
            evaluator = new ExerciseEvaluator(exercise, dose, neutral, options, evaluator.notices());
            set++;
            advance = false;
        }
        FormFrame frame = evaluator.evaluate(pose, timestampNanos);
        advance = frame.has(FormEvent.Type.SET_DONE);
        return frame;
    }

    public Exercise exercise() {
        return exercise;
    }

    /**
     * The most frames a second worth analysing from a camera, or 0 for every frame (a posture watch
     * needs only a few).
     */
    public double framesPerSecond() {
        return exercise.tracker() instanceof org.formcoach.routine.TrackerSpec.Watch w ? w.framesPerSecond() : 0;
    }

    public Dose dose() {
        return dose;
    }

    /** The set the last evaluated frame belongs to, 1-based. */
    public int set() {
        return set;
    }
}
