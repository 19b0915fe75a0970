package org.formcoach.form;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.body.Geometry;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.Severity;

/**
 * Counts arm openings per side (see {@link TrackerSpec.ArmOpening}): lying on one side, arms
 * together in front, the top arm opens away and comes back. The signal is the distance between the
 * wrists in arm lengths (the arm's length is the longest it has looked over the last seconds) above
 * the closest they have been lately, so it does not matter how the picture is turned or how far the
 * arms are apart when "together". {@link RepCounter} counts on it; the arm whose wrist travelled
 * further from where the rotation began is the side it counts for.
 */
final class ArmOpeningTracker implements ExerciseEvaluator.Tracker {

    /** The arm's length is the 90th percentile of what it looked over this window (as for reps). */
    static final double ARM_WINDOW_SECONDS = RepSignal.ARM_WINDOW_SECONDS;
    /** "Together" is the closest the wrists came over this window: a few slow rotations. */
    static final double CLOSED_WINDOW_SECONDS = 30;
    /** How long the cue to change sides stays up after the rotation that finished a side. */
    static final double SWITCH_CUE_SECONDS = 8;

    private static final List<Keypoint> NEEDS = List.of(Keypoint.LEFT_SHOULDER, Keypoint.LEFT_WRIST,
            Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_WRIST);

    private final TrackerSpec.ArmOpening spec;
    private final int target;
    private final RepCounter counter = new RepCounter();
    private final ArrayDeque<double[]> arms = new ArrayDeque<>();      // {t, length}
    private final ArrayDeque<double[]> gaps = new ArrayDeque<>();      // {t, separation in arm lengths}
    private long firstArm = -1;
    private int left;
    private int right;
    private String lastSide;
    private PosePoint[] startWrists;
    private PosePoint[] deepWrists;
    private double deepest = Double.NEGATIVE_INFINITY;
    private PosePoint[] wristsNow;
    private int attempts;
    private long cueUntil = Long.MIN_VALUE;
    private String cueId;
    private String cueText;
    private boolean setDone;

    ArmOpeningTracker(TrackerSpec.ArmOpening spec, int targetPerSide) {
        this.spec = spec;
        this.target = targetPerSide;
    }

    public List<Keypoint> needs() {
        return NEEDS;
    }

    /** Both arms are needed, whichever side is nearer. */
    @Override
    public List<Keypoint> missing(Body body) {
        return NEEDS.stream().filter(k -> body.point(k) == null).toList();
    }

    public RepPhase phase() {
        return counter.phase();
    }

    public void update(long t, Body body, boolean formKept, ExerciseEvaluator.FrameWork f) {
        double depth = body == null ? Double.NaN : depth(body, t, f);
        RepPhase before = counter.phase();
        RepCounter.Rep rep = counter.update(depth, t);
        if (before == RepPhase.TOP && counter.phase() == RepPhase.DOWN) {
            startWrists = wristsNow;
            deepWrists = wristsNow;
            deepest = depth;
        } else if (!Double.isNaN(depth) && depth > deepest && counter.phase() != RepPhase.TOP) {
            deepest = depth;
            deepWrists = wristsNow;
        }
        if (rep != null) {
            finish(rep, t, f);
        }
        if (t < cueUntil) {
            f.cue(cueId, cueText, cueId.equals(CUE_SWITCH) ? Severity.INFO : Severity.WARNING,
                    List.of(Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST));
        }
    }

    /** The cue that asks for the other side. */
    static final String CUE_SWITCH = "switch-side";

    private void finish(RepCounter.Rep rep, long t, ExerciseEvaluator.FrameWork f) {
        attempts++;
        List<String> faults = new ArrayList<>();
        if (!rep.full()) {
            raise(t, ExerciseEvaluator.CUE_PARTIAL, spec.partialCue(), ExerciseEvaluator.REP_CUE_SECONDS);
            faults.add(ExerciseEvaluator.CUE_PARTIAL);
            f.events.add(new FormEvent(FormEvent.Type.REP_REJECTED, t, ExerciseEvaluator.CUE_PARTIAL,
                    counter.partial()));
        } else {
            String side = movedSide();
            if ("left".equals(side)) {
                left++;
            } else {
                right++;
            }
            lastSide = side;
            boolean fast = rep.seconds() < spec.minRotationSeconds();
            if (fast) {
                raise(t, ExerciseEvaluator.CUE_TEMPO, spec.tempoCue(), ExerciseEvaluator.REP_CUE_SECONDS);
                faults.add(ExerciseEvaluator.CUE_TEMPO);
            }
            f.events.add(new FormEvent(FormEvent.Type.REP_COUNTED, t, side, left + right));
            int here = "left".equals(side) ? left : right;
            int there = "left".equals(side) ? right : left;
            if (here >= target && there < target && !fast) {
                raise(t, CUE_SWITCH, spec.switchCue(), SWITCH_CUE_SECONDS);
            }
            if (!setDone && left >= target && right >= target) {
                setDone = true;
                f.events.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", left + right));
            }
        }
        f.rep = new RepResult(attempts, rep.full(), rep.startNanos() / 1e9, rep.bottomNanos() / 1e9,
                rep.endNanos() / 1e9, "arms", Double.NaN, faults);
        startWrists = null;
        deepWrists = null;
        deepest = Double.NEGATIVE_INFINITY;
    }

    /** The arm whose wrist travelled further between the start of the rotation and its widest point. */
    private String movedSide() {
        if (startWrists == null || deepWrists == null) {
            return lastSide == null ? "left" : lastSide;
        }
        double l = Geometry.distance(startWrists[0], deepWrists[0]);
        double r = Geometry.distance(startWrists[1], deepWrists[1]);
        return l >= r ? "left" : "right";
    }

    private void raise(long t, String id, String text, double seconds) {
        cueId = id;
        cueText = text;
        cueUntil = t + (long) (seconds * 1e9);
    }

    /** 0 with the arms together, 1 at the opening asked for; NaN when the arms cannot be read. */
    private double depth(Body body, long t, ExerciseEvaluator.FrameWork f) {
        PosePoint ls = body.point(Keypoint.LEFT_SHOULDER);
        PosePoint lw = body.point(Keypoint.LEFT_WRIST);
        PosePoint rs = body.point(Keypoint.RIGHT_SHOULDER);
        PosePoint rw = body.point(Keypoint.RIGHT_WRIST);
        wristsNow = null;
        if (ls == null || lw == null || rs == null || rw == null) {
            return Double.NaN;
        }
        wristsNow = new PosePoint[] {lw, rw};
        double arm = armLength(t, Math.max(Geometry.distance(ls, lw), Geometry.distance(rs, rw)));
        if (Double.isNaN(arm) || arm < 1) {
            return Double.NaN;
        }
        double gap = Geometry.distance(lw, rw) / arm;
        gaps.addLast(new double[] {t, gap});
        while (t - gaps.peekFirst()[0] > CLOSED_WINDOW_SECONDS * 1e9) {
            gaps.removeFirst();
        }
        double together = gaps.stream().mapToDouble(g -> g[1]).min().orElse(gap);
        double opened = gap - together;
        f.measurements.add(new Measurement("arm-opening", opened, "ratio", Keypoint.LEFT_WRIST));
        return (opened - spec.closed()) / (spec.open() - spec.closed());
    }

    private double armLength(long t, double apparent) {
        firstArm = firstArm < 0 ? t : firstArm;
        arms.addLast(new double[] {t, apparent});
        while (t - arms.peekFirst()[0] > ARM_WINDOW_SECONDS * 1e9) {
            arms.removeFirst();
        }
        if ((t - firstArm) / 1e9 < RepSignal.ARM_WARMUP_SECONDS) {
            return Double.NaN;
        }
        double[] sorted = arms.stream().mapToDouble(a -> a[1]).sorted().toArray();
        return sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
    }

    public TrackerState state() {
        return new TrackerState.Sides(left, right, target, counter.partial(), lastSide, setDone);
    }
}
