package org.formcoach.pose;

/**
 * Tuning of the 1€ filter. {@code minCutoffHz} sets the smoothing of a still joint (lower: steadier,
 * more lag); {@code beta} how fast the cut-off opens with speed (higher: less lag on quick moves).
 */
public record OneEuroParameters(double minCutoffHz, double beta, double derivativeCutoffHz) {

    /**
     * Defaults for keypoints in pixels at 15-30 fps: 1.0 Hz keeps a still wrist within about a pixel,
     * beta 0.007 lets a push-up at full speed through with under a frame of lag (tuned on the test
     * videos; the paper recommends starting with beta near 0 and raising it until lag disappears).
     */
    public static final OneEuroParameters DEFAULT = new OneEuroParameters(1.0, 0.007, 1.0);

    public OneEuroParameters {
        if (!(minCutoffHz > 0) || !(derivativeCutoffHz > 0) || beta < 0) {
            throw new IllegalArgumentException("1€ filter needs cut-offs > 0 Hz and beta >= 0, got "
                    + minCutoffHz + ", " + beta + ", " + derivativeCutoffHz);
        }
    }
}
