package org.formcoach.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.formcoach.body.Geometry;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;
import org.formcoach.recording.TrackFrame;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RuleSpec;

/**
 * The joint-angle signals of an exercise over a recording's frames: the counter's joint angle (the
 * elbow for push-ups, read on the side facing the camera) and every rule measured in degrees (the
 * hip line, the head line...). Frames where a signal could not be read are filled in from their
 * neighbours, so that alignment sees a continuous movement.
 *
 * @param names  the signals, the counter's angle first
 * @param values {@code values[frame][signal]} in degrees
 */
public record AngleSignals(List<String> names, double[][] values) {

    /** The name of the counter's joint angle, e.g. "elbow angle". */
    static String jointName(TrackerSpec.Reps reps) {
        return reps.angle().get(1).id().replace("left_", "").replace("right_", "") + " angle";
    }

    public static AngleSignals of(List<TrackFrame> track, Exercise exercise) {
        List<String> names = new ArrayList<>();
        List<Keypoint> joint = null;
        if (exercise.tracker() instanceof TrackerSpec.Reps reps) {
            names.add(jointName(reps));
            joint = nearSide(track, reps.angle());
        }
        Set<String> rules = new LinkedHashSet<>();
        for (RuleSpec r : exercise.rules()) {
            if (r.kind().inDegrees()) {
                rules.add(r.id());
            }
        }
        names.addAll(rules);
        double[][] v = new double[track.size()][names.size()];
        for (int i = 0; i < track.size(); i++) {
            TrackFrame f = track.get(i);
            int k = 0;
            if (joint != null) {
                v[i][k++] = angle(f, joint);
            }
            for (String rule : rules) {
                v[i][k++] = f.value(rule);
            }
        }
        fill(v, names.size());
        return new AngleSignals(List.copyOf(names), v);
    }

    /** The rows {@code from..to} (inclusive). */
    public double[][] rows(int from, int to) {
        double[][] out = new double[Math.max(0, to - from + 1)][];
        for (int i = from; i <= to; i++) {
            out[i - from] = values[i];
        }
        return out;
    }

    public int length() {
        return values.length;
    }

    /** The joint's keypoints on the side the camera saw better over the whole recording. */
    static List<Keypoint> nearSide(List<TrackFrame> track, List<Keypoint> left) {
        double leftScore = 0;
        double rightScore = 0;
        for (TrackFrame f : track) {
            if (f.keypoints() == null) {
                continue;
            }
            for (Keypoint k : left) {
                leftScore += f.keypoints().get(k.ordinal())[2];
                rightScore += f.keypoints().get(k.mirror().ordinal())[2];
            }
        }
        return leftScore >= rightScore ? left : left.stream().map(Keypoint::mirror).toList();
    }

    static double angle(TrackFrame f, List<Keypoint> joint) {
        if (f.keypoints() == null) {
            return Double.NaN;
        }
        PosePoint[] p = new PosePoint[3];
        for (int i = 0; i < 3; i++) {
            double[] k = f.keypoints().get(joint.get(i).ordinal());
            if (k[2] < org.formcoach.pose.Skeleton.DEFAULT_MIN_SCORE) {
                return Double.NaN;
            }
            p[i] = new PosePoint(k[0], k[1], k[2]);
        }
        return Geometry.angle(p[0], p[1], p[2]);
    }

    /** Fills NaN gaps linearly between readings, and with the nearest reading at the ends (0 if none). */
    static void fill(double[][] v, int signals) {
        for (int k = 0; k < signals; k++) {
            int last = -1;
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i][k])) {
                    continue;
                }
                if (last < 0) {
                    for (int j = 0; j < i; j++) {
                        v[j][k] = v[i][k];
                    }
                } else {
                    for (int j = last + 1; j < i; j++) {
                        v[j][k] = v[last][k] + (v[i][k] - v[last][k]) * (j - last) / (i - last);
                    }
                }
                last = i;
            }
            for (int j = last + 1; j < v.length; j++) {
                v[j][k] = last < 0 ? 0 : v[last][k];
            }
        }
    }
}
