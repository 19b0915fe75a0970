package org.formcoach.testing;

import java.util.EnumMap;
import java.util.Map;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Precision;

/**
 * The real shipped models, loaded once per test JVM and shared by the test classes (loading checks
 * 34 MB of checksums and starts libtorch). Callers must use an estimator from one thread at a time.
 * {@link #get(MoveNetModel)} is the float32 model, the reference every other test was written against;
 * the INT8 models are tested against it by MoveNetInt8FidelityTest.
 */
public final class TestModels {

    private static final Map<MoveNetModel, MoveNetEstimator> LOADED = new EnumMap<>(MoveNetModel.class);
    private static final Map<MoveNetModel, MoveNetEstimator> LOADED_INT8 = new EnumMap<>(MoveNetModel.class);

    private TestModels() {
    }

    public static synchronized MoveNetEstimator get(MoveNetModel model) {
        return LOADED.computeIfAbsent(model, m -> MoveNetEstimator.load(m, Precision.FP32, ModelDirectory.resolve()));
    }

    public static synchronized MoveNetEstimator getInt8(MoveNetModel model) {
        return LOADED_INT8.computeIfAbsent(model, m -> MoveNetEstimator.load(m, Precision.INT8, ModelDirectory.resolve()));
    }
}
