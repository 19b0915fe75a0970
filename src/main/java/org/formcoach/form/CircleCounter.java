package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.routine.TrackerSpec.CircleDirection;

/**
 * Counts circles a keypoint draws relative to a reference, direction aware (shoulder rolls, side
 * view). The keypoint's offset from the reference, in the (forward, up) plane and in units of their
 * starting distance, is lightly smoothed; its angle around the mean position of the last few seconds
 * is unwrapped, and every full turn one way is a circle. Backward rolls (up, back, down, forward)
 * turn the angle one way, forward rolls the other. Jitter cannot add up to a circle: offsets closer
 * to the centre than {@code minRadius} are ignored, and so are jumps of the angle (a movement through
 * the centre, like a plain shrug, flips the angle instead of turning it).
 */
public final class CircleCounter {

    static final double SMOOTH_SECONDS = 0.15;
    /** The centre is the mean of this window: one roll at a usual pace of about 3 s. */
    static final double CENTRE_WINDOW_SECONDS = 3.0;
    static final double WARMUP_SECONDS = 1.0;
    /** Larger angle steps between frames are jumps across the centre, not turning. */
    static final double MAX_STEP = Math.toRadians(60);
    static final double START_ALLOWANCE = Math.toRadians(30);

    private record Sample(long t, double f, double u) {
    }

    private final TrackerSpec.Circles spec;
    private final int target;
    private final java.util.ArrayDeque<Sample> window = new java.util.ArrayDeque<>();
    private double sumF;
    private double sumU;

    private long firstT = -1;
    private long lastT;
    private double length;
    private double pf;
    private double pu;
    private double lastAngle = Double.NaN;
    private double net;
    private double lowMark;
    private double highMark;
    private int forward;
    private int backward;
    private int directionIndex;
    private boolean wrongDirection;
    private CircleDirection lastCounted;

    public CircleCounter(TrackerSpec.Circles spec, int targetPerDirection) {
        this.spec = spec;
        this.target = targetPerDirection;
    }

    public void update(long t, PosePoint point, PosePoint ref, int forwardSign, List<FormEvent> out) {
        if (done() || point == null || ref == null || forwardSign == 0) {
            return;
        }
        double f = (point.x() - ref.x()) * forwardSign;
        double u = ref.y() - point.y();
        if (firstT < 0) {
            firstT = t;
            lastT = t;
            length = Math.max(1e-6, Math.hypot(f, u));
            pf = f / length;
            pu = u / length;
        } else {
            double a = 1 - Math.exp(-((t - lastT) / 1e9) / SMOOTH_SECONDS);
            lastT = t;
            pf += a * (f / length - pf);
            pu += a * (u / length - pu);
        }
        window.addLast(new Sample(t, pf, pu));
        sumF += pf;
        sumU += pu;
        while (t - window.peekFirst().t() > (long) (CENTRE_WINDOW_SECONDS * 1e9)) {
            Sample old = window.removeFirst();
            sumF -= old.f();
            sumU -= old.u();
        }
        double cf = sumF / window.size();
        double cu = sumU / window.size();
        if ((t - firstT) / 1e9 < WARMUP_SECONDS || Math.hypot(pf - cf, pu - cu) < spec.minRadius()) {
            return;
        }
        double angle = Math.atan2(pu - cu, pf - cf);
        if (!Double.isNaN(lastAngle)) {
            double d = angle - lastAngle;
            d -= 2 * Math.PI * Math.floor((d + Math.PI) / (2 * Math.PI));
            if (Math.abs(d) > MAX_STEP) {
                lastAngle = Double.NaN; // a jump: start turning afresh from here
                return;
            }
            net += d;
            lowMark = Math.min(lowMark, net);
            highMark = Math.max(highMark, net);
        }
        lastAngle = angle;
        if (net - lowMark + allowance(CircleDirection.BACKWARD) >= 2 * Math.PI) {
            count(CircleDirection.BACKWARD, t, out);
        } else if (highMark - net + allowance(CircleDirection.FORWARD) >= 2 * Math.PI) {
            count(CircleDirection.FORWARD, t, out);
        }
    }

    /**
     * The first circle of a run in one direction is counted {@link #START_ALLOWANCE} early: smoothing
     * and the centre estimate lag the real movement by about that much when it starts. Later circles
     * of the run need a full turn each, so the allowance never adds up.
     */
    private double allowance(CircleDirection d) {
        return d == lastCounted ? 0 : START_ALLOWANCE;
    }

    private void count(CircleDirection d, long t, List<FormEvent> out) {
        lastCounted = d;
        lowMark = net;
        highMark = net;
        int n = d == CircleDirection.FORWARD ? ++forward : ++backward;
        CircleDirection wanted = spec.directions().get(directionIndex);
        wrongDirection = d != wanted;
        out.add(new FormEvent(FormEvent.Type.CIRCLE_COUNTED, t, d.id(), n));
        if (!wrongDirection && n >= target * countOf(d, directionIndex + 1)) {
            directionIndex++;
            if (done()) {
                out.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", forward + backward));
            }
        }
    }

    /** How often {@code d} appears among the first {@code upTo} directions (e.g. forward, backward, forward). */
    private int countOf(CircleDirection d, int upTo) {
        return (int) spec.directions().subList(0, upTo).stream().filter(x -> x == d).count();
    }

    /** True after a circle in the direction not asked for, until one in the right direction. */
    public boolean wrongDirection() {
        return wrongDirection && !done();
    }

    public CircleDirection currentDirection() {
        return done() ? null : spec.directions().get(directionIndex);
    }

    public boolean done() {
        return directionIndex >= spec.directions().size();
    }

    public TrackerState.Circles state() {
        return new TrackerState.Circles(forward, backward, target, currentDirection(), done());
    }
}
