package org.formcoach.testing;

import java.util.EnumMap;
import java.util.Map;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;

/**
 * The real shipped models, loaded once per test JVM and shared by the test classes (loading checks
 * 34 MB of checksums and starts libtorch). Callers must use an estimator from one thread at a time.
 */
public final class TestModels {

    private static final Map<MoveNetModel, MoveNetEstimator> LOADED = new EnumMap<>(MoveNetModel.class);

    private TestModels() {
    }

    public static synchronized MoveNetEstimator get(MoveNetModel model) {
        return LOADED.computeIfAbsent(model, m -> MoveNetEstimator.load(m, ModelDirectory.resolve()));
    }
}
