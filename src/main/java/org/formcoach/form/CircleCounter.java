package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.routine.TrackerSpec.CircleDirection;

/**
 * Counts circles a keypoint draws relative to a reference, direction aware (shoulder rolls, side
 * view). The keypoint's offset from the reference, in the (forward, up) plane and in units of their
 * starting distance, is lightly smoothed; its angle around a slowly moving centre is unwrapped, and
 * every full turn one way is a circle. Backward rolls (up, back, down, forward) turn the angle one
 * way, forward rolls the other. Offsets closer to the centre than {@code minRadius} are ignored, so
 * jitter cannot add up to a circle.
 */
public final class CircleCounter {

    static final double SMOOTH_SECONDS = 0.1;
    static final double CENTRE_SECONDS = 1.5;
    static final double WARMUP_SECONDS = 1.0;

    private final TrackerSpec.Circles spec;
    private final int target;

    private long firstT = -1;
    private long lastT;
    private double length;
    private double pf;
    private double pu;
    private double cf;
    private double cu;
    private double lastAngle = Double.NaN;
    private double net;
    private double lowMark;
    private double highMark;
    private int forward;
    private int backward;
    private int directionIndex;
    private boolean wrongDirection;

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
            pf = cf = f / length;
            pu = cu = u / length;
            return;
        }
        double dt = (t - lastT) / 1e9;
        lastT = t;
        double a = 1 - Math.exp(-dt / SMOOTH_SECONDS);
        pf += a * (f / length - pf);
        pu += a * (u / length - pu);
        double c = 1 - Math.exp(-dt / CENTRE_SECONDS);
        cf += c * (pf - cf);
        cu += c * (pu - cu);
        if ((t - firstT) / 1e9 < WARMUP_SECONDS || Math.hypot(pf - cf, pu - cu) < spec.minRadius()) {
            return;
        }
        double angle = Math.atan2(pu - cu, pf - cf);
        if (!Double.isNaN(lastAngle)) {
            double d = angle - lastAngle;
            d -= 2 * Math.PI * Math.floor((d + Math.PI) / (2 * Math.PI));
            net += d;
            lowMark = Math.min(lowMark, net);
            highMark = Math.max(highMark, net);
        }
        lastAngle = angle;
        if (net - lowMark >= 2 * Math.PI) {
            count(CircleDirection.BACKWARD, t, out);
        } else if (highMark - net >= 2 * Math.PI) {
            count(CircleDirection.FORWARD, t, out);
        }
    }

    private void count(CircleDirection d, long t, List<FormEvent> out) {
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
