package org.formcoach.pose;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.metric.Metric;
import ai.djl.metric.Metrics;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.formcoach.capture.OpenCvLoader;
import org.opencv.core.Mat;

/**
 * MoveNet SinglePose through DJL's PyTorch engine. Not thread-safe: one estimator per inference
 * thread. Each call works in its own NDManager scope (DJL's predictor context), so nothing native
 * outlives the call.
 */
public final class MoveNetEstimator implements PoseEstimator {

    private final MoveNetModel model;
    private final Precision precision;
    private final ZooModel<MoveNetTranslator.Input, Pose> zooModel;
    private final Predictor<MoveNetTranslator.Input, Pose> predictor;
    private final MoveNetTranslator translator;

    private MoveNetEstimator(MoveNetModel model, Precision precision, ZooModel<MoveNetTranslator.Input, Pose> zooModel,
            MoveNetTranslator translator) {
        this.model = model;
        this.precision = precision;
        this.zooModel = zooModel;
        this.translator = translator;
        this.predictor = zooModel.newPredictor();
    }

    /**
     * Loads {@code model} from {@code modelsDirectory} in the precision {@link PrecisionPolicy} chooses
     * for this computer (INT8 where it is proven, else float32), after checking it is the exact file
     * shipped.
     */
    public static MoveNetEstimator load(MoveNetModel model, Path modelsDirectory) {
        return load(model, PrecisionPolicy.choose(null), modelsDirectory);
    }

    /** Loads {@code model}'s {@code precision} file after checking it is the exact file shipped. */
    public static MoveNetEstimator load(MoveNetModel model, Precision precision, Path modelsDirectory) {
        ModelFile expected = model.file(precision);
        Path file = expected.in(modelsDirectory);
        ModelFileVerifier.verify(expected, file);
        return loadFile(model, precision, file);
    }

    /**
     * Loads a TorchScript file with {@code model}'s input contract without checking its checksum,
     * e.g. a freshly regenerated conversion.
     */
    public static MoveNetEstimator loadFile(MoveNetModel model, Path file) {
        return loadFile(model, null, file);
    }

    private static MoveNetEstimator loadFile(MoveNetModel model, Precision precision, Path file) {
        PyTorchRuntime.configureDefault();
        PyTorchRuntime.loadEngine();  // a runtime problem is told as one, not blamed on the model file
        OpenCvLoader.ensureLoaded();
        MoveNetTranslator translator = new MoveNetTranslator(model.inputSize());
        Criteria<MoveNetTranslator.Input, Pose> criteria = Criteria.builder()
                .setTypes(MoveNetTranslator.Input.class, Pose.class)
                .optEngine("PyTorch")
                .optModelPath(file.toAbsolutePath())
                .optTranslator(translator)
                .build();
        try {
            return new MoveNetEstimator(model, precision, criteria.loadModel(), translator);
        } catch (MalformedModelException | ModelNotFoundException | IOException | RuntimeException e) {
            translator.close();
            throw new ModelLoadException("Model file " + file + " is not a loadable TorchScript model ("
                    + rootMessage(e) + "); " + ModelFileVerifier.HOW_TO_RESTORE + ".", e);
        }
    }

    @Override
    public PoseEstimate estimate(Mat bgrImage, Crop crop) {
        Objects.requireNonNull(bgrImage, "image");
        Objects.requireNonNull(crop, "crop");
        Metrics metrics = new Metrics();
        predictor.setMetrics(metrics);
        long start = System.nanoTime();
        Pose pose;
        try {
            pose = predictor.predict(new MoveNetTranslator.Input(bgrImage, crop));
        } catch (TranslateException e) {
            throw new IllegalStateException("pose estimation failed: " + rootMessage(e), e);
        }
        long total = System.nanoTime() - start;
        long pre = micros(metrics, "Preprocess");
        long post = micros(metrics, "Postprocess");
        // DJL reports pre/post processing; inference is the remainder of the call
        return new PoseEstimate(pose, pre, Math.max(0, total - pre - post), post);
    }

    private static long micros(Metrics metrics, String name) {
        Metric m = metrics.hasMetric(name) ? metrics.latestMetric(name) : null;
        return m == null ? 0 : m.getValue().longValue() * 1000L;
    }

    /**
     * NDArrays alive in this model's native memory scope and in DJL's engine-wide scope: constant
     * across calls when nothing leaks.
     */
    int liveArrayCount() {
        return zooModel.getNDManager().getManagedArrays().size()
                + ai.djl.engine.Engine.getEngine("PyTorch").newBaseManager().getParentManager().getManagedArrays().size();
    }

    @Override
    public String modelName() {
        return model.id();
    }

    @Override
    public int inputSize() {
        return model.inputSize();
    }

    public MoveNetModel model() {
        return model;
    }

    /** The precision of the shipped file loaded, or null for a file given by path. */
    public Precision precision() {
        return precision;
    }

    @Override
    public void close() {
        predictor.close();
        zooModel.close();
        translator.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m).trim();
    }
}
