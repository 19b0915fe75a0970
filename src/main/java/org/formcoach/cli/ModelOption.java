package org.formcoach.cli;

import java.nio.file.Path;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.PrecisionPolicy;
import org.formcoach.pose.PyTorchRuntime;
import picocli.CommandLine.Option;

/**
 * The {@code --model}, {@code --precision} and {@code --threads} options shared by every command that
 * runs the model.
 */
final class ModelOption {

    @Option(names = "--model", paramLabel = "lightning|thunder", defaultValue = "lightning",
            converter = ModelConverter.class,
            description = "Pose model: lightning (fast, default) or thunder (accurate).")
    MoveNetModel model;

    @Option(names = "--precision", paramLabel = "auto|int8|fp32", converter = PrecisionConverter.class,
            description = "Model arithmetic: auto (default: INT8 on CPUs where it is proven, AVX-512 VNNI; float32"
                    + " elsewhere), int8 or fp32.")
    String precision;

    @Option(names = "--threads", paramLabel = "N",
            description = "Inference threads (default: 1 from a camera; for files analysed as fast as they go 1 with"
                    + " lightning, 2 with thunder; -Dformcoach.threads=N sets all).")
    Integer threads;

    @Option(names = "--model-file", paramLabel = "FILE.pt",
            description = "Use this TorchScript file (e.g. a fresh conversion) with the chosen model's input size,"
                    + " without checking it against the shipped checksum.")
    Path modelFile;

    /**
     * Loads the chosen model to keep up with a camera (or a video played in real time); a missing
     * file, a broken model or runtime is a {@link org.formcoach.pose.ModelLoadException}.
     */
    MoveNetEstimator load() {
        return load(PyTorchRuntime.DEFAULT_THREADS);
    }

    /** Loads the chosen model to analyse files as fast as they go (the model's own thread count). */
    MoveNetEstimator loadForFiles() {
        return load(PyTorchRuntime.fileThreads(model));
    }

    /** The inference threads: {@code --threads}, else {@code -Dformcoach.threads}, else the mode's default. */
    static int threads(Integer option, int modeDefault) {
        return option != null ? option : PyTorchRuntime.threadsFor(modeDefault);
    }

    private MoveNetEstimator load(int defaultThreads) {
        PyTorchRuntime.configure(threads(threads, defaultThreads));
        if (modelFile != null) {
            if (!java.nio.file.Files.isRegularFile(modelFile)) {
                throw new org.formcoach.pose.ModelLoadException("--model-file " + modelFile + ": "
                        + (java.nio.file.Files.isDirectory(modelFile) ? "is a folder, not a model file"
                        : "no such file") + "; give the path of a TorchScript .pt file");
            }
            return MoveNetEstimator.loadFile(model, modelFile);
        }
        return MoveNetEstimator.load(model, PrecisionPolicy.choose(precision), ModelDirectory.resolve());
    }

    /** "int8" or "fp32" for a shipped model, "file" for --model-file. */
    static String precisionOf(MoveNetEstimator estimator) {
        return estimator.precision() == null ? "file" : estimator.precision().id();
    }

    static final class ModelConverter implements picocli.CommandLine.ITypeConverter<MoveNetModel> {
        @Override
        public MoveNetModel convert(String value) {
            try {
                return MoveNetModel.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts auto, int8 or fp32 (any case). */
    static final class PrecisionConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("auto") && !v.equals("int8") && !v.equals("fp32")) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown precision '" + value + "' (use auto, int8 or fp32)");
            }
            return v;
        }
    }
}
