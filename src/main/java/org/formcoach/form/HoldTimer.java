package org.formcoach.form;

/**
 * Times a hold. Time counts while form is kept; when it breaks, the timer keeps running for
 * {@code graceSeconds} (a wobble is not a failure) and then pauses until form is back. The timer
 * starts at the first good frame; each frame credits the interval since the previous one.
 */
public final class HoldTimer {

    /** What an update did to the timer. */
    public enum Change {
        NONE, STARTED, PAUSED, RESUMED, DONE
    }

    private final double targetSeconds;
    private final double graceSeconds;
    private boolean started;
    private boolean paused;
    private boolean done;
    private long last;
    private double held;
    private double broken;

    public HoldTimer(double targetSeconds, double graceSeconds) {
        this.targetSeconds = targetSeconds;
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
                paused = true;
                change = Change.PAUSED;
            }
        }
        if (held >= targetSeconds) {
            held = targetSeconds;
            done = true;
            paused = false;
            return Change.DONE;
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

    public boolean done() {
        return done;
    }

    public double targetSeconds() {
        return targetSeconds;
    }
}
