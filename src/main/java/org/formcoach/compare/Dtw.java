package org.formcoach.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic time warping: the cheapest monotonic pairing of two sequences of samples (each a vector
 * of angles), so that a slower or faster movement lines up with the same movement at another pace.
 * Cost is the Euclidean distance between paired samples; steps are (1,1), (1,0) and (0,1).
 */
public final class Dtw {

    /**
     * The alignment: pairs {@code (i, j)} from {@code (0, 0)} to the two ends, in order, and the
     * total and mean cost along them.
     */
    public record Alignment(List<int[]> path, double cost) {
        public Alignment {
            path = List.copyOf(path);
        }

        public double meanCost() {
            return path.isEmpty() ? 0 : cost / path.size();
        }

        /**
         * For every index of the first sequence, the index of the second it is paired with (the
         * middle one when several are): the second sequence warped onto the first's time.
         */
        public int[] warp(int firstLength) {
            int[] lo = new int[firstLength];
            int[] hi = new int[firstLength];
            java.util.Arrays.fill(lo, Integer.MAX_VALUE);
            java.util.Arrays.fill(hi, -1);
            for (int[] p : path) {
                lo[p[0]] = Math.min(lo[p[0]], p[1]);
                hi[p[0]] = Math.max(hi[p[0]], p[1]);
            }
            int[] w = new int[firstLength];
            for (int i = 0; i < firstLength; i++) {
                w[i] = hi[i] < 0 ? (i > 0 ? w[i - 1] : 0) : (lo[i] + hi[i]) / 2;
            }
            return w;
        }
    }

    private Dtw() {
    }

    /** Aligns {@code a} ({@code n × d}) with {@code b} ({@code m × d}); no sample may be NaN. */
    public static Alignment align(double[][] a, double[][] b) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) {
            return new Alignment(List.of(), 0);
        }
        double[][] acc = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double d = distance(a[i], b[j]);
                double best;
                if (i == 0 && j == 0) {
                    best = 0;
                } else if (i == 0) {
                    best = acc[0][j - 1];
                } else if (j == 0) {
                    best = acc[i - 1][0];
                } else {
                    best = Math.min(acc[i - 1][j - 1], Math.min(acc[i - 1][j], acc[i][j - 1]));
                }
                acc[i][j] = d + best;
            }
        }
        List<int[]> path = new ArrayList<>();
        int i = n - 1;
        int j = m - 1;
        path.add(new int[] {i, j});
        while (i > 0 || j > 0) {
            if (i == 0) {
                j--;
            } else if (j == 0) {
                i--;
            } else {
                double diag = acc[i - 1][j - 1];
                double up = acc[i - 1][j];
                double left = acc[i][j - 1];
                if (diag <= up && diag <= left) {
                    i--;
                    j--;
                } else if (up <= left) {
                    i--;
                } else {
                    j--;
                }
            }
            path.add(new int[] {i, j});
        }
        Collections.reverse(path);
        return new Alignment(path, acc[n - 1][m - 1]);
    }

    static double distance(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - y[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
