package org.formcoach.app.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.form.Cue;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.body.View;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.StageTimings;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.rule.Severity;

/** Hand-made frames and poses for the view-model tests (no model, no camera). */
final class Frames {

    static final Catalog CATALOG = new RoutineLoader().load(Path.of("routines"));

    private Frames() {
    }

    static long seconds(double s) {
        return Math.round(s * 1e9);
    }

    /** A pose whose keypoint k sits at (100 + 10k, 200 + 5k) with score 0.9, except the {@code faint} ones at 0.1. */
    static Pose pose(Keypoint... faint) {
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            boolean low = List.of(faint).contains(k);
            points.add(new PosePoint(100 + 10 * k.ordinal(), 200 + 5 * k.ordinal(), low ? 0.1 : 0.9));
        }
        return new Pose(points, 640, 480, Crop.wholeImage(640, 480));
    }

    static FormFrame form(double t, TrackerState state, List<Cue> cues, List<FormEvent> events,
            List<Measurement> measurements) {
        return form(t, state, cues, events, measurements, null);
    }

    /** A frame on which the rep attempt {@code rep} (or none) finished. */
    static FormFrame form(double t, TrackerState state, List<Cue> cues, List<FormEvent> events,
            List<Measurement> measurements, org.formcoach.form.RepResult rep) {
        return new FormFrame(seconds(t), View.LEFT_SIDE, true, measurements, cues, events, state, rep, List.of());
    }

    static FormFrame reps(double t, int reps, int target, FormEvent.Type... events) {
        return form(t, new TrackerState.Reps(reps, target, 0, org.formcoach.rule.RepPhase.TOP, reps >= target),
                List.of(), List.of(events).stream().map(e -> new FormEvent(e, seconds(t), "", reps)).toList(), List.of());
    }

    static Cue cue(String id, String text, Severity severity, Keypoint... highlight) {
        return new Cue(id, text, severity, List.of(highlight));
    }

    static FormEvent started(double t, String cueId) {
        return new FormEvent(FormEvent.Type.CUE_STARTED, seconds(t), cueId, 0);
    }

    static CoachFrame frame(String exerciseId, Pose pose, FormFrame form) {
        return new CoachFrame(0, form.timestampNanos(), 640, 480, pose, exerciseId, 1, form,
                new StageTimings(0, 0, seconds(0.03), 0, 0, 0, seconds(0.052)));
    }
}
