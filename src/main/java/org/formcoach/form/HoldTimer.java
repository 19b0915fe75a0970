package org.formcoach.form;

/**
 * Times a hold. Time counts while form is kept; when it breaks, the timer keeps running for
 * {@code graceSeconds} (a wobble is not a failure) and then pauses until form is back. The timer
 * starts at the first good frame; each frame credits the interval since the previous one.
 *
 * <p>A hold range ("30–45 s": {@code targetSeconds} 30, {@code maxSeconds} 45) credits the hold as
 * done at its lower end and keeps counting to its upper end: the hold is over at the upper end, or
 * when the person leaves the position (form broken for longer than the grace) after the lower end.
 */
public final class HoldTimer {

    /** What an update did to the timer. */
    public enum Change {
        NONE, STARTED, PAUSED, RESUMED,
        /** The lower end of a hold range was reached: the hold counts as done, the timer goes on. */
        CREDITED,
        /** The hold is over. */
        DONE
    }

    private final double targetSeconds;
    private final double maxSeconds;
    private final double graceSeconds;
    private boolean started;
    private boolean paused;
    private boolean credited;
    private boolean done;
    private long last;
    private double held;
    private double broken;

    public HoldTimer(double targetSeconds, double graceSeconds) {
        this(targetSeconds, targetSeconds, graceSeconds);
    }

    /** @param maxSeconds the upper end of a hold range; at or below {@code targetSeconds}: no range */
    public HoldTimer(double targetSeconds, double maxSeconds, double graceSeconds) {
        this.targetSeconds = targetSeconds;
        this.maxSeconds = Math.max(targetSeconds, maxSeconds);
        this.graceSeconds = graceSeconds;
    }

    public Change update(long timestampNanos, boolean formKept) {
        if (done) {
            return Change.NONE;
        }
        if (!started) {
            if (formKept) {
                started = true;
                last = timestampNanos;
                return Change.STARTED;
            }
            return Change.NONE;
        }
        double dt = Math.max(0, (timestampNanos - last) / 1e9);
        last = timestampNanos;
        Change change = Change.NONE;
        if (formKept) {
            held += dt;
            broken = 0;
            if (paused) {
                paused = false;
                change = Change.RESUMED;
            }
        } else {
            double graceLeft = Math.max(0, graceSeconds - broken);
            held += Math.min(dt, graceLeft);
            broken += dt;
            if (!paused && broken > graceSeconds) {
                if (credited) {
                    // left the position after the lower end of the range: the hold is over
                    done = true;
                    return Change.DONE;
                }
                paused = true;
                change = Change.PAUSED;
            }
        }
        if (held >= maxSeconds) {
            held = maxSeconds;
            done = true;
            paused = false;
            return Change.DONE;
        }
        if (!credited && held >= targetSeconds) {
            credited = true;
            return Change.CREDITED;
        }
        return change;
    }

    public double heldSeconds() {
        return held;
    }

    public boolean started() {
        return started;
    }

    public boolean paused() {
        return paused;
    }

    /** The hold counts as done: its target (the lower end of a range) was reached. */
    public boolean credited() {
        return credited || done && held >= targetSeconds;
    }

    public boolean done() {
        return done;
    }

    public double targetSeconds() {
        return targetSeconds;
    }

    /** The upper end of the range; equal to the target when the hold has no range. */
    public double maxSeconds() {
        return maxSeconds;
    }
}
