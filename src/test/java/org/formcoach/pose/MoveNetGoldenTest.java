package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The converted TorchScript models, run through the Java path, agree with Google's original
 * TensorFlow.js MoveNet on real photographs. The goldens (src/test/resources/golden) were computed
 * by the original model on the very input tensors the Java preprocessing builds
 * (tools/model-convert/make-goldens.sh), so this test measures the model and the mapping back to
 * source pixels, not differences in resizing.
 */
class MoveNetGoldenTest {

    static final double MAX_PIXEL_ERROR = 1.0;
    static final double MAX_SCORE_ERROR = 0.02;

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void everyPhotographMatchesTheOriginalModel(MoveNetModel model) throws Exception {
        JsonNode golden = new ObjectMapper().readTree(
                Path.of("src", "test", "resources", "golden", "movenet-" + model.id() + ".json").toFile());
        MoveNetEstimator estimator = TestModels.get(model);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        double worstPixel = 0;
        double worstScore = 0;
        assertEquals(TestPhotos.all().size(), golden.get("images").size(),
                "every test photograph has a golden; run tools/model-convert/make-goldens.sh");
        for (JsonNode image : golden.get("images")) {
            String name = image.get("image").asText();
            Mat bgr = TestPhotos.read(name);
            try {
                byte[] input = Letterbox.prepare(bgr, Crop.wholeImage(bgr.cols(), bgr.rows()), model.inputSize()).rgb();
                assertEquals(image.get("inputSha256").asText(), ModelFileVerifier.sha256(input),
                        name + ": the Java preprocessing no longer builds the tensor the goldens were made from;"
                                + " if that change is intended, run tools/model-convert/make-goldens.sh");
                Pose pose = estimator.estimate(bgr).pose();
                for (JsonNode expected : image.get("keypoints")) {
                    Keypoint k = Keypoint.fromId(expected.get("name").asText());
                    PosePoint actual = pose.point(k);
                    double scoreError = Math.abs(actual.score() - expected.get("score").asDouble());
                    worstScore = Math.max(worstScore, scoreError);
                    if (scoreError > MAX_SCORE_ERROR) {
                        problems.add(String.format("%s %s score %.4f, original %.4f", name, k.id(), actual.score(),
                                expected.get("score").asDouble()));
                    }
                    if (expected.get("score").asDouble() >= 0.3) {
                        compared++;
                        double dx = Math.abs(actual.x() - expected.get("x").asDouble());
                        double dy = Math.abs(actual.y() - expected.get("y").asDouble());
                        worstPixel = Math.max(worstPixel, Math.max(dx, dy));
                        if (dx > MAX_PIXEL_ERROR || dy > MAX_PIXEL_ERROR) {
                            problems.add(String.format("%s %s at (%.2f, %.2f), original (%.2f, %.2f)", name, k.id(),
                                    actual.x(), actual.y(), expected.get("x").asDouble(), expected.get("y").asDouble()));
                        }
                    }
                }
            } finally {
                bgr.release();
            }
        }
        System.out.printf("movenet-%s: %d keypoints (score >= 0.3) on %d photos; worst position error %.4f px,"
                + " worst score error %.6f%n", model.id(), compared, golden.get("images").size(), worstPixel, worstScore);
        assertTrue(problems.isEmpty(), "disagreements with the original model:\n" + String.join("\n", problems));
        assertTrue(compared >= 40, "too few confident keypoints to say anything: " + compared);
    }

}
