package org.formcoach.form;

import java.util.List;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;
import org.formcoach.routine.TrackerSpec.Direction;
import org.formcoach.routine.TrackerSpec.SequencePosition;

/**
 * Follows an ordered sequence of positions (shoulder elevation, retraction, depression, protraction),
 * each held for a few seconds. Positions are read from the offset of a keypoint from a reference
 * (shoulder from hip, side view) compared with the start, in units of their distance at the start.
 */
public final class SequenceTracker {

    /** How long a wrong position must last before it is flagged: moving through one on the way is fine. */
    static final double OUT_OF_ORDER_SECONDS = 0.5;
    /** Once in a position, it is kept down to this fraction of the threshold (hysteresis). */
    static final double KEEP_FRACTION = 0.6;

    private final TrackerSpec.Sequence spec;
    private final int targetCycles;

    private long firstT = -1;
    private double sumF;
    private double sumU;
    private double sumL;
    private int baselineFrames;
    private boolean baselineDone;
    private double f0;
    private double u0;
    private double length;

    private Direction current; // null = neutral
    private long currentSince;
    private Direction lastReached;
    private boolean flagged;
    private boolean wrongNow;
    private int index;
    private int cycles;
    private boolean done;
    private long lastT;

    public SequenceTracker(TrackerSpec.Sequence spec, int targetCycles) {
        this.spec = spec;
        this.targetCycles = targetCycles;
    }

    /** {@code point}/{@code ref} may be null when not visible; {@code forwardSign} is 0 outside side views. */
    public void update(long t, PosePoint point, PosePoint ref, int forwardSign, List<FormEvent> out) {
        lastT = t;
        wrongNow = false;
        if (done || point == null || ref == null || forwardSign == 0) {
            return;
        }
        double f = (point.x() - ref.x()) * forwardSign;
        double u = ref.y() - point.y();
        if (!baselineDone) {
            firstT = firstT < 0 ? t : firstT;
            sumF += f;
            sumU += u;
            sumL += Math.hypot(f, u);
            baselineFrames++;
            if ((t - firstT) / 1e9 >= spec.baselineSeconds()) {
                f0 = sumF / baselineFrames;
                u0 = sumU / baselineFrames;
                length = Math.max(1e-6, sumL / baselineFrames);
                baselineDone = true;
                out.add(new FormEvent(FormEvent.Type.CALIBRATED, t, "sequence-start", 0));
            }
            return;
        }
        Direction d = classify((f - f0) / length, (u - u0) / length);
        if (d != current) {
            current = d;
            currentSince = t;
            flagged = false;
        }
        SequencePosition expected = spec.positions().get(index);
        if (d == expected.direction()) {
            if ((t - currentSince) / 1e9 >= spec.secondsEach()) {
                out.add(new FormEvent(FormEvent.Type.POSITION_REACHED, t, expected.name(), index + 1));
                lastReached = d;
                currentSince = t;
                index++;
                if (index == spec.positions().size()) {
                    index = 0;
                    cycles++;
                    out.add(new FormEvent(FormEvent.Type.CYCLE_DONE, t, "", cycles));
                    if (cycles >= targetCycles) {
                        done = true;
                        out.add(new FormEvent(FormEvent.Type.SET_DONE, t, "", cycles));
                    }
                }
            }
        } else if (d != null && d != lastReached) {
            wrongNow = (t - currentSince) / 1e9 >= OUT_OF_ORDER_SECONDS;
            if (wrongNow && !flagged) {
                flagged = true;
                out.add(new FormEvent(FormEvent.Type.OUT_OF_ORDER, t, nameOf(d), cycles));
            }
        }
    }

    private Direction classify(double df, double du) {
        double thr = spec.threshold();
        if (current != null && along(current, df, du) >= thr * KEEP_FRACTION) {
            return current;
        }
        Direction best = Math.abs(du) >= Math.abs(df) ? (du > 0 ? Direction.UP : Direction.DOWN)
                : (df > 0 ? Direction.FORWARD : Direction.BACK);
        return along(best, df, du) >= thr ? best : null;
    }

    private static double along(Direction d, double df, double du) {
        return switch (d) {
            case UP -> du;
            case DOWN -> -du;
            case FORWARD -> df;
            case BACK -> -df;
        };
    }

    private String nameOf(Direction d) {
        return spec.positions().stream().filter(p -> p.direction() == d).map(SequencePosition::name)
                .findFirst().orElse(d.id());
    }

    /** The position asked for when the user is holding another one out of order, else null. */
    public SequencePosition outOfOrder() {
        return wrongNow ? spec.positions().get(index) : null;
    }

    public boolean calibrating() {
        return !baselineDone;
    }

    public TrackerState.Sequence state() {
        SequencePosition expected = spec.positions().get(index);
        double held = current == expected.direction() && !done ? (lastT - currentSince) / 1e9 : 0;
        return new TrackerState.Sequence(cycles, targetCycles, index, expected.name(), held, done);
    }
}
