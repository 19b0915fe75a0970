package org.formcoach.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;

/**
 * Desk-posture watch: records a neutral over the first seconds (unless one was given), then counts
 * posture alerts (episodes, see {@link #afterCues}) per hour of the session. The rules' own {@code after}
 * (30 s in the shipped file) makes alerts wait for sustained deviation.
 */
final class WatchTracker implements ExerciseEvaluator.Tracker {

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final TrackerSpec.Watch spec;
    private final Exercise exercise;
    private final Supplier<Neutral> neutral;
    private final Consumer<Neutral> calibrated;
    private final List<Pose> calibration = new ArrayList<>();
    private final List<Integer> alertsByHour = new ArrayList<>();
    private long firstT = -1;
    private long calibrationStart = -1;
    private View calibrationView;
    private long lastT;
    private int reminders;

    /** @param neutral the evaluator's neutral; {@code calibrated} receives the one recorded here */
    WatchTracker(TrackerSpec.Watch spec, Exercise exercise, Supplier<Neutral> neutral, Consumer<Neutral> calibrated) {
        this.spec = spec;
        this.exercise = exercise;
        this.neutral = neutral;
        this.calibrated = calibrated;
    }

    public List<Keypoint> needs() {
        return List.of();
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        firstT = firstT < 0 ? t : firstT;
        lastT = t;
        if (spec.reminderMinutes() > 0) {
            long every = (long) (spec.reminderMinutes() * 60e9);
            int due = (int) ((t - firstT) / every);
            if (due > reminders) {
                reminders = due;
                f.events.add(new FormEvent(FormEvent.Type.REMINDER, t,
                        spec.reminderRoutine() == null ? "" : spec.reminderRoutine(), due));
            }
        }
        if (neutral.get() != null || body == null) {
            return;
        }
        if (calibrationView != body.view()) {
            // a neutral is one view's: start over if the view changes
            calibration.clear();
            calibrationView = body.view();
            calibrationStart = t;
        }
        calibration.add(body.pose());
        if ((t - calibrationStart) / 1e9 >= spec.calibrationSeconds()) {
            calibrated.accept(Neutral.of(calibration, calibrationView));
            calibration.clear();
            f.events.add(new FormEvent(FormEvent.Type.CALIBRATED, t, calibrationView.id(), 0));
        }
    }

    /**
     * An alert is a posture episode: the first posture cue that starts while none is on screen.
     * Several checks tripping over one slump (the head drops and the shoulders sink) are one alert.
     */
    public void afterCues(ExerciseEvaluator.FrameWork f, List<Cue> shown) {
        long started = f.events.stream().filter(e -> e.type() == FormEvent.Type.CUE_STARTED
                && exercise.rule(e.subject()).isPresent()).count();
        long onScreen = shown.stream().filter(c -> exercise.rule(c.id()).isPresent()).count();
        if (started > 0 && onScreen == started) {
            int hour = (int) ((f.t - firstT) / HOUR_NANOS);
            while (alertsByHour.size() <= hour) {
                alertsByHour.add(0);
            }
            alertsByHour.set(hour, alertsByHour.get(hour) + 1);
        }
    }

    public TrackerState state() {
        if (firstT >= 0) {
            // an hour without alerts still counts as an hour
            while (alertsByHour.size() <= (lastT - firstT) / HOUR_NANOS) {
                alertsByHour.add(0);
            }
        }
        return new TrackerState.Watch(neutral.get() != null, firstT < 0 ? 0 : (lastT - firstT) / 1e9, alertsByHour);
    }
}
