package org.formcoach.form;

import org.formcoach.routine.RepPhase;

/**
 * Counts repetitions on a signal that falls from {@code top} to {@code bottom} and rises back (an
 * elbow angle in a push-up). Thresholds have hysteresis of a tenth of the range; a rep counts only
 * with full range and at least {@code minRepSeconds} from leaving the top to returning to it. A
 * trip down that turns back before the bottom is a shallow rep if it went at least two margins
 * down and lasted at least half the minimum rep time; anything less is a wobble.
 * Missing samples (NaN) change nothing, but a rep with a gap of over a second is dropped unjudged.
 */
public final class RepCounter {

    /** What a sample did. */
    public enum Outcome {
        NONE, COUNTED, TOO_SHALLOW, TOO_FAST
    }

    private final double top;
    private final double bottom;
    private final double margin;
    private final long minRepNanos;

    /** A longer gap in the signal during a rep means the rep was not seen. */
    static final long MAX_GAP_NANOS = 1_000_000_000L;

    private RepPhase phase = RepPhase.ANY; // ANY until the signal first reaches the top
    private long lastSample;
    private long repStart;
    private double lowest;
    private int reps;
    private int rejected;

    public RepCounter(double top, double bottom, double minRepSeconds) {
        if (bottom >= top) {
            throw new IllegalArgumentException("bottom " + bottom + " must be below top " + top);
        }
        this.top = top;
        this.bottom = bottom;
        this.margin = (top - bottom) / 10;
        this.minRepNanos = (long) (minRepSeconds * 1e9);
    }

    public Outcome update(double signal, long timestampNanos) {
        if (Double.isNaN(signal)) {
            return Outcome.NONE;
        }
        boolean midRep = phase == RepPhase.DOWN || phase == RepPhase.BOTTOM || phase == RepPhase.UP;
        if (midRep && timestampNanos - lastSample > MAX_GAP_NANOS) {
            // the rep was not seen: neither counted nor faulted; start again from the top
            phase = RepPhase.ANY;
        }
        lastSample = timestampNanos;
        switch (phase) {
            case ANY -> {
                if (signal >= top) {
                    phase = RepPhase.TOP;
                }
            }
            case TOP -> {
                if (signal < top - margin) {
                    phase = RepPhase.DOWN;
                    repStart = timestampNanos;
                    lowest = signal;
                }
            }
            case DOWN -> {
                lowest = Math.min(lowest, signal);
                if (signal <= bottom) {
                    phase = RepPhase.BOTTOM;
                } else if (signal >= top) {
                    phase = RepPhase.TOP;
                    // a short or small dip is a wobble at the top (or keypoint noise), not an attempt
                    if (lowest < top - 2 * margin && timestampNanos - repStart >= minRepNanos / 2) {
                        rejected++;
                        return Outcome.TOO_SHALLOW;
                    }
                }
            }
            case BOTTOM -> {
                if (signal > bottom + margin) {
                    phase = RepPhase.UP;
                }
            }
            case UP -> {
                if (signal <= bottom) {
                    phase = RepPhase.BOTTOM;
                } else if (signal >= top) {
                    phase = RepPhase.TOP;
                    if (timestampNanos - repStart < minRepNanos) {
                        rejected++;
                        return Outcome.TOO_FAST;
                    }
                    reps++;
                    return Outcome.COUNTED;
                }
            }
        }
        return Outcome.NONE;
    }

    public RepPhase phase() {
        return phase;
    }

    public int reps() {
        return reps;
    }

    public int rejected() {
        return rejected;
    }
}
