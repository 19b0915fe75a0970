package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.testing.TestModels;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencv.core.Mat;

/**
 * The INT8 models stay close to the float32 models and to Google's original MoveNet on the test
 * photographs, which were kept out of the INT8 calibration. Deviations are in % of the photograph's
 * longer side, over the keypoints the reference sees (score >= 0.3, the rules' threshold); the
 * limits are the measured values (models/README.md) with a margin, so a changed kernel path or a
 * regenerated file that drifts further fails here. Runs only where FormCoach uses INT8
 * ({@link PrecisionPolicy#proven}).
 */
class MoveNetInt8FidelityTest {

    /**
     * Limits per model: median and maximum keypoint deviation (% of the side), maximum score
     * deviation, and how many keypoints may land on the other side of the 0.3 visibility threshold.
     * Measured (both references alike): Lightning median 0.51 %, max 1.76 %, score 0.204, 5 flips of
     * 85; Thunder median 0.19 %, max 1.32 %, score 0.257, 2 flips of 85.
     */
    record Limits(double medianPct, double maxPct, double maxScore, int maxFlips) {
    }

    static Limits limits(MoveNetModel model) {
        return model == MoveNetModel.LIGHTNING ? new Limits(0.75, 3.0, 0.30, 7) : new Limits(0.40, 2.5, 0.32, 4);
    }

    record Deviation(double medianPct, double maxPct, double maxScore, int flips, List<String> problems) {
    }

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void int8StaysCloseToFloat32(MoveNetModel model) throws Exception {
        assumeTrue(PrecisionPolicy.proven(CpuFeatures.current()), "INT8 is not used on this CPU");
        MoveNetEstimator int8 = TestModels.getInt8(model);
        MoveNetEstimator fp32 = TestModels.get(model);
        List<double[]> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : TestPhotos.all()) {
            Mat bgr = TestPhotos.read(name);
            try {
                Pose q = int8.estimate(bgr).pose();
                Pose f = fp32.estimate(bgr).pose();
                for (Keypoint k : Keypoint.values()) {
                    PosePoint a = q.point(k);
                    PosePoint b = f.point(k);
                    pairs.add(new double[] {a.x(), a.y(), a.score(), b.x(), b.y(), b.score(),
                            Math.max(bgr.cols(), bgr.rows())});
                    names.add(name + " " + k.id());
                }
            } finally {
                bgr.release();
            }
        }
        Deviation d = deviation(pairs, names, limits(model));
        System.out.printf("movenet-%s INT8 vs FP32 on %d photos: keypoints median %.2f %%, max %.2f %% of the side;"
                + " worst score deviation %.3f; %d visibility flips%n", model.id(), TestPhotos.all().size(), d.medianPct(),
                d.maxPct(), d.maxScore(), d.flips());
        check(model, d);
    }

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void int8StaysCloseToTheOriginalModel(MoveNetModel model) throws Exception {
        assumeTrue(PrecisionPolicy.proven(CpuFeatures.current()), "INT8 is not used on this CPU");
        JsonNode golden = new ObjectMapper().readTree(
                Path.of("src", "test", "resources", "golden", "movenet-" + model.id() + ".json").toFile());
        MoveNetEstimator int8 = TestModels.getInt8(model);
        List<double[]> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode image : golden.get("images")) {
            String name = image.get("image").asText();
            Mat bgr = TestPhotos.read(name);
            try {
                Pose q = int8.estimate(bgr).pose();
                for (JsonNode expected : image.get("keypoints")) {
                    Keypoint k = Keypoint.fromId(expected.get("name").asText());
                    PosePoint a = q.point(k);
                    pairs.add(new double[] {a.x(), a.y(), a.score(), expected.get("x").asDouble(),
                            expected.get("y").asDouble(), expected.get("score").asDouble(),
                            Math.max(bgr.cols(), bgr.rows())});
                    names.add(name + " " + k.id());
                }
            } finally {
                bgr.release();
            }
        }
        Deviation d = deviation(pairs, names, limits(model));
        System.out.printf("movenet-%s INT8 vs the original (tfjs) on %d photos: keypoints median %.2f %%, max %.2f %%"
                + " of the side; worst score deviation %.3f; %d visibility flips%n", model.id(),
                golden.get("images").size(), d.medianPct(), d.maxPct(), d.maxScore(), d.flips());
        check(model, d);
    }

    private static void check(MoveNetModel model, Deviation d) {
        Limits limits = limits(model);
        assertTrue(d.problems().isEmpty(), "INT8 " + model.id() + " strays:\n" + String.join("\n", d.problems()));
        assertTrue(d.medianPct() <= limits.medianPct(), "median keypoint deviation " + d.medianPct() + " %");
        assertTrue(d.flips() <= limits.maxFlips(), d.flips() + " keypoints crossed the visibility threshold");
    }

    /** pairs: candidate x, y, score, reference x, y, score, image side. */
    static Deviation deviation(List<double[]> pairs, List<String> names, Limits limits) {
        List<Double> devs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        double maxPct = 0;
        double maxScore = 0;
        int flips = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double[] p = pairs.get(i);
            double score = Math.abs(p[2] - p[5]);
            if ((p[2] >= Skeleton.DEFAULT_MIN_SCORE) != (p[5] >= Skeleton.DEFAULT_MIN_SCORE)) {
                flips++;
            }
            maxScore = Math.max(maxScore, score);
            if (score > limits.maxScore()) {
                problems.add(String.format("%s: score %.3f, reference %.3f", names.get(i), p[2], p[5]));
            }
            if (p[5] >= Skeleton.DEFAULT_MIN_SCORE) {
                double pct = 100 * Math.hypot(p[0] - p[3], p[1] - p[4]) / p[6];
                devs.add(pct);
                maxPct = Math.max(maxPct, pct);
                if (pct > limits.maxPct()) {
                    problems.add(String.format("%s: (%.1f, %.1f), reference (%.1f, %.1f): %.2f %% of the side",
                            names.get(i), p[0], p[1], p[3], p[4], pct));
                }
            }
        }
        double[] sorted = devs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
        return new Deviation(median, maxPct, maxScore, flips, problems);
    }
}
