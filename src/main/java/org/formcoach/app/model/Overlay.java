package org.formcoach.app.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.formcoach.form.Cue;
import org.formcoach.form.FormFrame;
import org.formcoach.form.Measurement;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.pose.Skeleton;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RuleSpec;

/**
 * What to draw over one frame, in image pixels: the skeleton's segments coloured by the rules that
 * use them, the keypoints (faded below the score gate) and the measured values at their joints.
 *
 * @param segments segments whose two ends were found at all (score above zero)
 * @param points   every keypoint of the pose
 * @param labels   measured values to write next to a joint, at most one per joint
 */
public record Overlay(List<DrawnSegment> segments, List<DrawnPoint> points, List<Label> labels) {

    public static final Overlay EMPTY = new Overlay(List.of(), List.of(), List.of());

    public Overlay {
        segments = List.copyOf(segments);
        points = List.copyOf(points);
        labels = List.copyOf(labels);
    }

    /** A segment; {@code faded} when an end is below the score gate (drawn faint, never judged). */
    public record DrawnSegment(Keypoint from, Keypoint to, double x1, double y1, double x2, double y2, Tone tone,
            boolean faded) {
    }

    public record DrawnPoint(Keypoint keypoint, double x, double y, Tone tone, boolean faded) {
    }

    /** e.g. "92°" at the elbow, "line 4°" at the hip. */
    public record Label(Keypoint at, double x, double y, String text, Tone tone) {
    }

    /**
     * Builds the overlay of {@code pose} for {@code exercise}: a segment is red (amber) when a
     * keypoint at either end is highlighted by an error (warning) cue, green when a rule or the
     * counter watches both its ends, neutral otherwise.
     */
    public static Overlay of(Pose pose, FormFrame form, Exercise exercise, double minScore) {
        if (pose == null) {
            return EMPTY;
        }
        Map<Keypoint, Tone> flagged = new EnumMap<>(Keypoint.class);
        for (Cue cue : form.cues()) {
            Tone tone = Tone.of(cue.severity());
            if (tone == Tone.INFO) {
                continue;  // positioning advice marks no body part as wrong
            }
            for (Keypoint k : cue.highlight()) {
                flagged.merge(k, tone, (a, b) -> a == Tone.ERROR || b == Tone.ERROR ? Tone.ERROR : Tone.WARNING);
            }
        }
        // a rule the view cannot judge marks nothing as checked and fine
        Set<Keypoint> watched = watchedKeypoints(exercise, form.checksOff());
        List<DrawnSegment> segments = new ArrayList<>();
        for (Skeleton.Segment s : Skeleton.SEGMENTS) {
            PosePoint a = pose.point(s.from());
            PosePoint b = pose.point(s.to());
            if (a.score() <= 0 || b.score() <= 0) {
                continue;
            }
            boolean faded = a.score() < minScore || b.score() < minScore;
            Tone tone = faded ? Tone.NEUTRAL : segmentTone(flagged.get(s.from()), flagged.get(s.to()),
                    watched.contains(s.from()) && watched.contains(s.to()));
            segments.add(new DrawnSegment(s.from(), s.to(), a.x(), a.y(), b.x(), b.y(), tone, faded));
        }
        List<DrawnPoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            boolean faded = p.score() < minScore;
            Tone tone = faded ? Tone.NEUTRAL : flagged.getOrDefault(k, watched.contains(k) ? Tone.GOOD : Tone.NEUTRAL);
            points.add(new DrawnPoint(k, p.x(), p.y(), tone, faded));
        }
        return new Overlay(segments, points, labels(pose, form, exercise, flagged, minScore));
    }

    private static Tone segmentTone(Tone from, Tone to, boolean watched) {
        if (from == Tone.ERROR || to == Tone.ERROR) {
            return Tone.ERROR;
        }
        if (from == Tone.WARNING || to == Tone.WARNING) {
            return Tone.WARNING;
        }
        return watched ? Tone.GOOD : Tone.NEUTRAL;
    }

    /**
     * Keypoints the exercise's rules (except those off in this view) and counter look at, on both
     * sides (the engine picks the side in view).
     */
    static Set<Keypoint> watchedKeypoints(Exercise exercise, List<String> checksOff) {
        Set<Keypoint> watched = EnumSet.noneOf(Keypoint.class);
        for (RuleSpec rule : exercise.rules()) {
            if (!checksOff.contains(rule.id())) {
                watched.addAll(rule.points());
            }
        }
        if (exercise.tracker() instanceof TrackerSpec.Reps reps) {
            watched.addAll(reps.angle());
        }
        Set<Keypoint> both = EnumSet.noneOf(Keypoint.class);
        for (Keypoint k : watched) {
            both.add(k);
            both.add(k.mirror());
        }
        return both;
    }

    private static List<Label> labels(Pose pose, FormFrame form, Exercise exercise, Map<Keypoint, Tone> flagged,
            double minScore) {
        Set<Keypoint> used = EnumSet.noneOf(Keypoint.class);
        List<Label> labels = new ArrayList<>();
        for (Measurement m : form.measurements()) {
            if (!"deg".equals(m.unit()) || m.at() == null || used.contains(m.at())
                    || !pose.isVisible(m.at(), minScore)) {
                continue;
            }
            used.add(m.at());
            // each rule kind says how its value reads; the rep counter's angle is a plain angle
            String text = exercise.rule(m.name()).map(r -> r.kind().label(m.value()))
                    .orElse(String.format(Locale.ROOT, "%.0f°", m.value()));
            PosePoint p = pose.point(m.at());
            labels.add(new Label(m.at(), p.x(), p.y(), text, flagged.getOrDefault(m.at(), Tone.GOOD)));
        }
        return labels;
    }
}
