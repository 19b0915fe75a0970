package org.formcoach.form;

import org.formcoach.rule.RepPhase;

/**
 * Counts repetitions on a depth signal: 0 at the top of a rep, 1 at the bottom (see
 * {@link RepSignal}). A rep leaves the top, reaches the bottom and comes back to the top; it counts
 * however fast it was (the caller cues the tempo from {@link Rep#seconds()}). A trip down that turns
 * back before the bottom is a partial rep if it went at least {@link #PARTIAL_DEPTH} of the way
 * down and took at least {@link #MIN_PARTIAL_SECONDS}; anything less is a wobble (or keypoint noise). Thresholds have hysteresis of {@link #MARGIN} of the range.
 * Missing samples (NaN) change nothing, but a rep with a gap of over a second is dropped unjudged:
 * a gap is never a fault.
 */
public final class RepCounter {

    /** Leaving the top (or the bottom) needs this much of the range, so noise at a threshold is no rep. */
    static final double MARGIN = 0.1;
    /** A trip down this far that turns back before the bottom is a partial rep. */
    static final double PARTIAL_DEPTH = 0.3;
    /** A real attempt takes this long at least; a quicker dip and return is a wobble or noise. */
    static final double MIN_PARTIAL_SECONDS = 0.4;
    /** A longer gap in the signal during a rep means the rep was not seen. */
    static final long MAX_GAP_NANOS = 1_000_000_000L;

    /** A finished attempt: full range (counted) or partial, when it started, bottomed out and ended. */
    public record Rep(boolean full, long startNanos, long bottomNanos, long endNanos, double maxDepth) {
        public double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    private RepPhase phase = RepPhase.ANY; // ANY until the signal first reaches the top
    private long lastSample;
    private long repStart;
    private long deepestAt;
    private double deepest;
    private int reps;
    private int partial;

    /** Feeds one sample; returns the rep it finished, or null. */
    public Rep update(double depth, long timestampNanos) {
        if (Double.isNaN(depth)) {
            return null;
        }
        boolean midRep = phase == RepPhase.DOWN || phase == RepPhase.BOTTOM || phase == RepPhase.UP;
        if (midRep && timestampNanos - lastSample > MAX_GAP_NANOS) {
            phase = RepPhase.ANY;  // the rep was not seen: neither counted nor faulted
        }
        lastSample = timestampNanos;
        if (midRep && depth > deepest) {
            deepest = depth;
            deepestAt = timestampNanos;
        }
        switch (phase) {
            case ANY -> {
                if (depth <= 0) {
                    phase = RepPhase.TOP;
                }
            }
            case TOP -> {
                if (depth > MARGIN) {
                    phase = RepPhase.DOWN;
                    repStart = timestampNanos;
                    deepest = depth;
                    deepestAt = timestampNanos;
                }
            }
            case DOWN -> {
                if (depth >= 1) {
                    phase = RepPhase.BOTTOM;
                } else if (depth <= 0) {
                    phase = RepPhase.TOP;
                    if (deepest >= PARTIAL_DEPTH && timestampNanos - repStart >= MIN_PARTIAL_SECONDS * 1e9) {
                        partial++;
                        return new Rep(false, repStart, deepestAt, timestampNanos, deepest);
                    }
                }
            }
            case BOTTOM -> {
                if (depth < 1 - MARGIN) {
                    phase = RepPhase.UP;
                }
            }
            case UP -> {
                if (depth >= 1) {
                    phase = RepPhase.BOTTOM;
                } else if (depth <= 0) {
                    phase = RepPhase.TOP;
                    reps++;
                    return new Rep(true, repStart, deepestAt, timestampNanos, deepest);
                }
            }
        }
        return null;
    }

    public RepPhase phase() {
        return phase;
    }

    public int reps() {
        return reps;
    }

    /** Partial reps: went down but not to the bottom. */
    public int partial() {
        return partial;
    }
}
