package org.formcoach.routine;

/**
 * A breathing pattern an exercise asks for while it is held, e.g. the rhomboid release's "breathe in
 * 4 s, hold 4 s, out 6 s". One breath is in, hold (may be 0), out; then the next breath.
 */
public record Breathing(double inhaleSeconds, double holdSeconds, double exhaleSeconds) {

    public Breathing {
        if (inhaleSeconds <= 0 || exhaleSeconds <= 0 || holdSeconds < 0) {
            throw new IllegalArgumentException("a breath needs time to breathe in and out: " + inhaleSeconds + ", "
                    + holdSeconds + ", " + exhaleSeconds);
        }
    }

    /** One breath, in seconds. */
    public double breathSeconds() {
        return inhaleSeconds + holdSeconds + exhaleSeconds;
    }

    /** e.g. "in 4 s, hold 4 s, out 6 s" or "in 4 s, out 6 s". */
    public String describe() {
        return "in " + Dose.seconds(inhaleSeconds) + " s" + (holdSeconds > 0 ? ", hold " + Dose.seconds(holdSeconds)
                + " s" : "") + ", out " + Dose.seconds(exhaleSeconds) + " s";
    }
}
