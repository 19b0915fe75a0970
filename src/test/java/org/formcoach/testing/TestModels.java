package org.formcoach.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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

    private static final Map<Precision, Map<MoveNetModel, List<MoveNetEstimator>>> EXTRA = new EnumMap<>(Precision.class);

    /**
     * {@code count} estimators of the same model file, one per worker thread (an estimator serves one
     * thread at a time): the shared one ({@link #get} or {@link #getInt8}) and as many more, loaded
     * once and kept for the rest of the test JVM.
     */
    public static synchronized List<MoveNetEstimator> several(MoveNetModel model, Precision precision, int count) {
        List<MoveNetEstimator> all = new ArrayList<>();
        all.add(precision == Precision.INT8 ? getInt8(model) : get(model));
        List<MoveNetEstimator> extra = EXTRA.computeIfAbsent(precision, p -> new EnumMap<>(MoveNetModel.class))
                .computeIfAbsent(model, m -> new ArrayList<>());
        while (extra.size() < count - 1) {
            extra.add(MoveNetEstimator.load(model, precision, ModelDirectory.resolve()));
        }
        all.addAll(extra.subList(0, count - 1));
        return all;
    }
}
