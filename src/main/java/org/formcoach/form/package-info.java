/**
 * The form engine: turns poses into coaching, without a camera.
 *
 * <p>Per set, create an {@link org.formcoach.form.ExerciseEvaluator} from a loaded
 * {@link org.formcoach.routine.Exercise} and its {@link org.formcoach.routine.Dose} (optionally with a
 * calibrated {@link org.formcoach.form.Neutral}), then call
 * {@link org.formcoach.form.ExerciseEvaluator#evaluate(org.formcoach.pose.Pose, long)} for every frame
 * with the frame's own monotonic timestamp. Each call returns an immutable
 * {@link org.formcoach.form.FormFrame}: detected {@link org.formcoach.body.View}, measurements with the
 * keypoint to draw them at, the cues on screen (already debounced), the frame's
 * {@link org.formcoach.form.FormEvent}s and the {@link org.formcoach.form.TrackerState} (reps, hold,
 * sequence, circles, head rotation or posture watch). A null pose means nobody in view.
 *
 * <p>Geometry is in image pixels (y down). Side views use the side facing the camera; rules are
 * written for the left side and mirrored. Keypoints under the score gate are never guessed: rules
 * that need them are skipped and a positioning cue asks the user to move.
 */
package org.formcoach.form;
