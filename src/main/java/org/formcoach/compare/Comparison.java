package org.formcoach.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formcoach.recording.EventLine;
import org.formcoach.recording.TrackFrame;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;

/**
 * An attempt measured against a reference demonstration of the same exercise. Each rep of the
 * attempt is aligned with the reference rep by dynamic time warping on the exercise's joint-angle
 * signals; the reference rep's frames are split into phases (top, descent, bottom, ascent) by how
 * far its joint angle has gone from the top to the bottom, and per phase the angle differences and
 * the rules the attempt broke that the reference did not are reported. An exercise without reps
 * (a hold) is compared whole, as one "rep".
 */
public final class Comparison {

    /** Where in a rep a frame is. */
    public enum Phase {
        TOP, DESCENT, BOTTOM, ASCENT;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A joint moved less than this far from its top to its bottom: top and bottom are the first and last fifth. */
    static final double TOP_FRACTION = 0.25;
    static final double BOTTOM_FRACTION = 0.75;
    /** Cues that say how to stand in view, not how the exercise is done: never a rule broken. */
    static final Set<String> NOT_FAULTS = Set.of("position", "view");

    /** One angle in one phase: the reference's mean, the attempt's, and the mean and mean absolute difference. */
    public record SignalDiff(String signal, double reference, double attempt, double meanDiff, double meanAbsDiff) {
    }

    /** One phase: its reference frames, the differences per signal, and the rules only the attempt broke. */
    public record PhaseDiff(Phase phase, int frames, List<SignalDiff> signals, List<String> brokenOnlyByAttempt) {
    }

    /**
     * One attempt rep against the reference rep.
     *
     * @param referenceFrames the reference rep's frames (indices into the reference)
     * @param warped          for each of those, the attempt's frame aligned with it
     * @param phases          the phase of each reference frame
     */
    public record RepComparison(int attemptRep, boolean counted, List<String> faults, double attemptSeconds,
            double meanCost, List<PhaseDiff> diffs, int[] referenceFrames, int[] warped, Phase[] phases) {
    }

    /** The whole comparison; {@code summary} is per phase over every attempt rep. */
    public record Result(String reference, String attempt, String exercise, String exerciseName, List<String> signals,
            int referenceRep, double referenceSeconds, List<String> referenceFaults, List<RepComparison> reps,
            List<PhaseDiff> summary) {
    }

    private Comparison() {
    }

    /** A rep's frames: first, bottom and last (indices into its recording). */
    record Span(int number, int from, int bottom, int to, boolean counted, List<String> faults, double seconds) {
    }

    public static Result compare(ReviewMedia reference, ReviewMedia attempt, Exercise exercise) {
        AngleSignals ref = AngleSignals.of(reference.track().subList(0, reference.frameCount()), exercise);
        AngleSignals att = AngleSignals.of(attempt.track().subList(0, attempt.frameCount()), exercise);
        List<Span> refReps = spans(reference);
        List<Span> attReps = spans(attempt);
        Span refRep = refReps.stream().filter(s -> s.counted() && s.faults().isEmpty()).findFirst()
                .or(() -> refReps.stream().filter(Span::counted).findFirst())
                .orElse(refReps.isEmpty() ? whole(reference) : refReps.get(0));
        if (attReps.isEmpty()) {
            attReps = List.of(whole(attempt));
        }
        double[][] refRows = ref.rows(refRep.from(), refRep.to());
        Phase[] phases = phases(refRows, refRep.bottom() - refRep.from());
        int[] refFrames = new int[refRows.length];
        for (int i = 0; i < refFrames.length; i++) {
            refFrames[i] = refRep.from() + i;
        }
        List<RepComparison> out = new ArrayList<>();
        for (Span a : attReps) {
            Dtw.Alignment al = Dtw.align(refRows, att.rows(a.from(), a.to()));
            int[] warp = al.warp(refRows.length);
            int[] warped = new int[warp.length];
            for (int i = 0; i < warp.length; i++) {
                warped[i] = a.from() + warp[i];
            }
            List<PhaseDiff> diffs = new ArrayList<>();
            for (Phase p : Phase.values()) {
                diffs.add(phaseDiff(p, phases, refFrames, warped, ref, att, reference, attempt));
            }
            out.add(new RepComparison(a.number(), a.counted(), a.faults(), a.seconds(), al.meanCost(), diffs,
                    refFrames, warped, phases));
        }
        return new Result(reference.title(), attempt.title(), exercise.id(), exercise.name(), ref.names(),
                refRep.number(), refRep.seconds(), refRep.faults(), out, summary(out, ref.names()));
    }

    static List<Span> spans(ReviewMedia m) {
        List<Span> spans = new ArrayList<>();
        for (EventLine.Rep r : m.reps()) {
            int from = m.frameAt(r.startSeconds());
            int to = Math.max(from, m.frameAt(r.endSeconds()));
            int bottom = Math.max(from, Math.min(to, m.frameAt(r.bottomSeconds())));
            spans.add(new Span(r.number(), from, bottom, to, r.counted(), r.faults(), r.endSeconds() - r.startSeconds()));
        }
        return spans;
    }

    static Span whole(ReviewMedia m) {
        int last = Math.max(0, m.frameCount() - 1);
        return new Span(1, 0, last / 2, last, true, List.of(), m.track().get(last).t() - m.track().get(0).t());
    }

    /**
     * The phase of each frame of a rep from its first signal (the joint angle): how far it has gone
     * from its top (largest) value toward its bottom (smallest); before the bottom it descends,
     * after it ascends.
     */
    static Phase[] phases(double[][] rows, int bottomIndex) {
        Phase[] p = new Phase[rows.length];
        if (rows.length == 0 || rows[0].length == 0) {
            java.util.Arrays.fill(p, Phase.BOTTOM);
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int lowest = 0;
        for (int i = 0; i < rows.length; i++) {
            max = Math.max(max, rows[i][0]);
            if (rows[i][0] < min) {
                min = rows[i][0];
                lowest = i;
            }
        }
        int bottom = bottomIndex >= 0 && bottomIndex < rows.length ? lowest : lowest;
        double range = Math.max(1e-9, max - min);
        for (int i = 0; i < rows.length; i++) {
            double depth = (max - rows[i][0]) / range;
            p[i] = depth < TOP_FRACTION ? Phase.TOP : depth > BOTTOM_FRACTION ? Phase.BOTTOM
                    : i < bottom ? Phase.DESCENT : Phase.ASCENT;
        }
        return p;
    }

    private static PhaseDiff phaseDiff(Phase phase, Phase[] phases, int[] refFrames, int[] warped, AngleSignals ref,
            AngleSignals att, ReviewMedia reference, ReviewMedia attempt) {
        int signals = ref.names().size();
        double[] sumRef = new double[signals];
        double[] sumAtt = new double[signals];
        double[] sumAbs = new double[signals];
        int n = 0;
        Set<String> refFaults = new LinkedHashSet<>();
        Set<String> attFaults = new LinkedHashSet<>();
        for (int i = 0; i < phases.length; i++) {
            if (phases[i] != phase) {
                continue;
            }
            n++;
            double[] r = ref.values()[refFrames[i]];
            double[] a = att.values()[warped[i]];
            for (int k = 0; k < signals; k++) {
                sumRef[k] += r[k];
                sumAtt[k] += a[k];
                sumAbs[k] += Math.abs(a[k] - r[k]);
            }
            refFaults.addAll(faults(reference.track().get(refFrames[i])));
            attFaults.addAll(faults(attempt.track().get(warped[i])));
        }
        List<SignalDiff> diffs = new ArrayList<>();
        for (int k = 0; k < signals && n > 0; k++) {
            diffs.add(new SignalDiff(ref.names().get(k), round(sumRef[k] / n), round(sumAtt[k] / n),
                    round((sumAtt[k] - sumRef[k]) / n), round(sumAbs[k] / n)));
        }
        attFaults.removeAll(refFaults);
        return new PhaseDiff(phase, n, diffs, List.copyOf(attFaults));
    }

    private static List<String> faults(TrackFrame f) {
        return f.cues().stream().map(TrackFrame.ShownCue::id).filter(id -> !NOT_FAULTS.contains(id)).toList();
    }

    private static List<PhaseDiff> summary(List<RepComparison> reps, List<String> names) {
        List<PhaseDiff> out = new ArrayList<>();
        for (Phase p : Phase.values()) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            Set<String> broken = new LinkedHashSet<>();
            int frames = 0;
            int counted = 0;
            for (RepComparison r : reps) {
                PhaseDiff d = r.diffs().get(p.ordinal());
                if (d.frames() == 0) {
                    continue;
                }
                frames = d.frames();
                counted++;
                broken.addAll(d.brokenOnlyByAttempt());
                for (SignalDiff s : d.signals()) {
                    double[] acc = sums.computeIfAbsent(s.signal(), k -> new double[4]);
                    acc[0] += s.reference();
                    acc[1] += s.attempt();
                    acc[2] += s.meanDiff();
                    acc[3] += s.meanAbsDiff();
                }
            }
            List<SignalDiff> diffs = new ArrayList<>();
            for (String name : names) {
                double[] acc = sums.get(name);
                if (acc != null) {
                    diffs.add(new SignalDiff(name, round(acc[0] / counted), round(acc[1] / counted),
                            round(acc[2] / counted), round(acc[3] / counted)));
                }
            }
            out.add(new PhaseDiff(p, frames, diffs, List.copyOf(broken)));
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
