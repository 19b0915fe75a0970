package org.formcoach.cli;

import java.nio.file.Path;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;
import picocli.CommandLine.Option;

/** The {@code --model} and {@code --threads} options shared by every command that runs the model. */
final class ModelOption {

    @Option(names = "--model", paramLabel = "lightning|thunder", defaultValue = "lightning",
            converter = ModelConverter.class,
            description = "Pose model: lightning (fast, default) or thunder (accurate).")
    MoveNetModel model;

    @Option(names = "--threads", paramLabel = "N",
            description = "Inference threads (default: ${sys:formcoach.threads:-1}).")
    Integer threads;

    @Option(names = "--model-file", paramLabel = "FILE.pt",
            description = "Use this TorchScript file (e.g. a fresh conversion) with the chosen model's input size,"
                    + " without checking it against the shipped checksum.")
    Path modelFile;

    /** Loads the chosen model; a missing file, a broken model or runtime is a {@link org.formcoach.pose.ModelLoadException}. */
    MoveNetEstimator load() {
        if (threads != null) {
            org.formcoach.pose.PyTorchRuntime.configure(threads);
        }
        if (modelFile != null) {
            if (!java.nio.file.Files.isRegularFile(modelFile)) {
                throw new org.formcoach.pose.ModelLoadException("--model-file " + modelFile + ": "
                        + (java.nio.file.Files.isDirectory(modelFile) ? "is a folder, not a model file"
                        : "no such file") + "; give the path of a TorchScript .pt file");
            }
            return MoveNetEstimator.loadFile(model, modelFile);
        }
        return MoveNetEstimator.load(model, ModelDirectory.resolve());
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
}
