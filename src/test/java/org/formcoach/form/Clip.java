package org.formcoach.form;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.formcoach.pose.Pose;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;

/** Plays poses through an evaluator at 30 frames per second and keeps every frame for assertions. */
final class Clip {

    static final long FRAME_NANOS = 1_000_000_000L / 30;

    /** The shipped routines folder (tests run from the project root). */
    static final Catalog SHIPPED = new RoutineLoader().load(Path.of("routines"));

    final ExerciseEvaluator evaluator;
    final List<FormFrame> frames = new ArrayList<>();
    private long t;

    Clip(ExerciseEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    static Exercise shipped(String id) {
        return SHIPPED.exercise(id).orElseThrow(() -> new AssertionError("no shipped exercise " + id
                + "; errors: " + SHIPPED.errors()));
    }

    /** Plays {@code seconds} of video; {@code poseAt} gets the time since the start of this segment. */
    Clip play(double seconds, DoubleFunction<Pose> poseAt) {
        int n = (int) Math.round(seconds * 30);
        for (int i = 0; i < n; i++) {
            frames.add(evaluator.evaluate(poseAt.apply(i / 30.0), t));
            t += FRAME_NANOS;
        }
        return this;
    }

    /** Seconds since the clip started. */
    double now() {
        return t / 1e9;
    }

    FormFrame last() {
        return frames.get(frames.size() - 1);
    }

    List<FormEvent> events(FormEvent.Type type) {
        return frames.stream().flatMap(f -> f.events().stream()).filter(e -> e.type() == type).toList();
    }

    List<FormEvent> events(FormEvent.Type type, String subject) {
        return events(type).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    boolean cueEver(String id) {
        return frames.stream().anyMatch(f -> f.hasCue(id));
    }

    Cue firstCue(String id) {
        return frames.stream().flatMap(f -> f.cues().stream()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("cue " + id + " never shown"));
    }

    static double seconds(FormEvent e) {
        return e.timestampNanos() / 1e9;
    }
}
