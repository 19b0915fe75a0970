package org.formcoach.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dynamic time warping on synthetic angle signals whose warp is known. */
class DtwTest {

    /** An elbow angle through one push-up: 170° at the top, 90° at the bottom, at phase s in 0..1. */
    static double elbow(double s) {
        return 130 + 40 * Math.cos(2 * Math.PI * s);
    }

    static double[][] rep(int frames, java.util.function.DoubleUnaryOperator time) {
        double[][] v = new double[frames][1];
        for (int i = 0; i < frames; i++) {
            v[i][0] = elbow(time.applyAsDouble(i / (double) (frames - 1)));
        }
        return v;
    }

    @Test
    void aSignalAlignedWithItselfIsTheDiagonalAtNoCost() {
        double[][] a = rep(40, s -> s);
        Dtw.Alignment al = Dtw.align(a, a);
        assertEquals(0, al.cost(), 1e-9);
        assertEquals(40, al.path().size());
        for (int i = 0; i < 40; i++) {
            assertArrayEquals(new int[] {i, i}, al.path().get(i));
        }
    }

    @Test
    void theSameRepAtHalfTheSpeedIsFoundAtTwiceTheFrames() {
        double[][] ref = rep(31, s -> s);
        double[][] slow = rep(61, s -> s);  // the same movement over twice the frames
        int[] warp = Dtw.align(ref, slow).warp(ref.length);
        for (int i = 0; i < ref.length; i++) {
            assertTrue(Math.abs(warp[i] - 2 * i) <= 1, "frame " + i + " → " + warp[i]);
        }
    }

    @Test
    void aKnownNonLinearWarpIsRecovered() {
        // the attempt goes down slowly and comes up fast: its time is s² of the reference's
        int n = 81;
        double[][] ref = rep(n, s -> s);
        double[][] attempt = rep(n, s -> s * s);
        int[] warp = Dtw.align(ref, attempt).warp(n);
        for (int i = 0; i < n; i++) {
            double s = i / (double) (n - 1);
            int expected = (int) Math.round(Math.sqrt(s) * (n - 1));  // attempt frame j shows phase (j/(n-1))²
            assertTrue(Math.abs(warp[i] - expected) <= 3, "frame " + i + ": " + warp[i] + " vs " + expected);
        }
    }

    @Test
    void aConstantOffsetCostsItsSizeOnEveryPair() {
        double[][] ref = rep(30, s -> s);
        double[][] deeper = new double[30][1];
        for (int i = 0; i < 30; i++) {
            deeper[i][0] = ref[i][0] - 10;
        }
        Dtw.Alignment al = Dtw.align(ref, deeper);
        // warping can pair a deeper frame with a nearby reference frame, never do worse than the diagonal
        assertTrue(al.meanCost() <= 10 + 1e-9);
        assertTrue(al.meanCost() > 1, "the offset is seen: " + al.meanCost());
    }

    @Test
    void phasesFollowTheJointFromTopToBottomAndBack() {
        double[][] r = rep(21, s -> s);
        Comparison.Phase[] p = Comparison.phases(r, 10);
        assertEquals(Comparison.Phase.TOP, p[0]);
        assertEquals(Comparison.Phase.DESCENT, p[5]);
        assertEquals(Comparison.Phase.BOTTOM, p[10]);
        assertEquals(Comparison.Phase.ASCENT, p[15]);
        assertEquals(Comparison.Phase.TOP, p[20]);
    }
}
