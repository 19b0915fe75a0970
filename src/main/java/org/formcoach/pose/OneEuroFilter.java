package org.formcoach.pose;

/**
 * The 1€ filter (Casiez, Roussel, Vogel, CHI 2012) for one noisy signal: a low-pass filter whose
 * cut-off rises with the signal's speed, so a still joint stops jittering while a moving one does
 * not lag. Time comes from the frames, so a replayed video smooths exactly as it did live.
 */
public final class OneEuroFilter {

    private final OneEuroParameters parameters;
    private boolean initialised;
    private double previousValue;
    private double previousDerivative;
    private long previousNanos;

    public OneEuroFilter(OneEuroParameters parameters) {
        this.parameters = parameters;
    }

    /** Filters {@code value} observed at {@code timestampNanos} (monotonic, increasing). */
    public double filter(double value, long timestampNanos) {
        if (!initialised || timestampNanos <= previousNanos) {
            // the first sample, or a clock that went backwards (a seek): start afresh
            initialised = true;
            previousValue = value;
            previousDerivative = 0;
            previousNanos = timestampNanos;
            return value;
        }
        double dt = (timestampNanos - previousNanos) / 1e9;
        double derivative = (value - previousValue) / dt;
        double smoothedDerivative = lowPass(derivative, previousDerivative, alpha(parameters.derivativeCutoffHz(), dt));
        double cutoff = parameters.minCutoffHz() + parameters.beta() * Math.abs(smoothedDerivative);
        double smoothed = lowPass(value, previousValue, alpha(cutoff, dt));
        previousValue = smoothed;
        previousDerivative = smoothedDerivative;
        previousNanos = timestampNanos;
        return smoothed;
    }

    public void reset() {
        initialised = false;
    }

    private static double lowPass(double value, double previous, double alpha) {
        return alpha * value + (1 - alpha) * previous;
    }

    private static double alpha(double cutoffHz, double dt) {
        double tau = 1.0 / (2 * Math.PI * cutoffHz);
        return 1.0 / (1.0 + tau / dt);
    }
}
