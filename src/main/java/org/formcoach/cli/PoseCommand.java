package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.formcoach.capture.ImageFiles;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Letterbox;
import org.formcoach.pose.LetterboxTransform;
import org.formcoach.pose.ModelFileVerifier;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Skeleton;
import org.formcoach.report.PoseOverlayPainter;
import org.opencv.core.Mat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formcoach pose}: the 17 keypoints of the person in each image. */
@Command(name = "pose", mixinStandardHelpOptions = true,
        description = {"Estimates the pose of the person in each image.",
                "An image that cannot be read is named on stderr with the reason, and the others are still processed.",
                "Exit code 0 when every image was processed, 2 when some could not be read or --overlay names"
                        + " something unusable, 1 when the model failed or an overlay or the output could not be"
                        + " written."})
final class PoseCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;

    @Option(names = "--json", description = "One JSON line per image (keypoints in source-image pixels, COCO order).")
    boolean json;

    @Option(names = "--overlay", paramLabel = "OUT.png",
            description = "Draw the skeleton and scores into this image (.png, .jpg, .bmp, .tif or .webp); with"
                    + " several images the image name is added: OUT-<image>.png.")
    Path overlay;

    @Option(names = "--dump-input", paramLabel = "DIR", hidden = true,
            description = "Write the exact model input tensor of each image (raw RGB) and its letterbox geometry"
                    + " to DIR: used to regenerate the reference outputs.")
    Path dumpInput;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "PNG, JPEG, BMP or TIFF files.")
    List<Path> images;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    private static final String NAME = "formcoach pose";
    /** The image formats OpenCV writes on every platform. */
    static final List<String> OVERLAY_EXTENSIONS = List.of("png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (overlay != null) {
            // checked before the model loads: a bad name would fail for every image alike
            try {
                OutputFile.forFile(overlay, OVERLAY_EXTENSIONS).close();  // each overlay is written on its own
            } catch (OutputException e) {
                err.println(NAME + ": --overlay " + e.getMessage());
                return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
            }
        }
        int unreadable = 0;
        boolean writeFailed = false;
        try (MoveNetEstimator estimator = modelOption.loadForFiles()) {
            for (Path image : images) {
                try {
                    process(estimator, image, out);
                } catch (IOException e) {
                    err.println(NAME + ": " + e.getMessage());
                    unreadable++;
                } catch (OutputException e) {
                    err.println(NAME + ": " + e.getMessage());
                    writeFailed = true;
                } catch (RuntimeException e) {
                    // one image that breaks the estimator must not stop the batch
                    err.println(NAME + ": " + image + ": the pose could not be estimated (" + e.getMessage() + ")");
                    unreadable++;
                }
                if (out.checkError()) {
                    return ExitCode.FAILURE;  // standard output is gone; FormCoachCommand.run says why
                }
            }
        } catch (ModelLoadException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        return writeFailed ? ExitCode.FAILURE : unreadable > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private void process(MoveNetEstimator estimator, Path file, PrintWriter out) throws IOException, OutputException {
        Mat image = ImageFiles.read(file);
        try {
            if (dumpInput != null) {
                dump(estimator, image, file);
            }
            Pose pose = estimator.estimate(image).pose();
            if (json) {
                ObjectNode line = mapper.createObjectNode();
                line.put("image", file.toString());
                line.put("width", pose.imageWidth());
                line.put("height", pose.imageHeight());
                line.put("model", estimator.modelName());
                line.put("precision", ModelOption.precisionOf(estimator));
                line.set("keypoints", PoseJson.keypoints(mapper, pose));
                out.println(mapper.writeValueAsString(line));
            } else {
                out.printf("%s  %dx%d  model %s %s%n", file, pose.imageWidth(), pose.imageHeight(), estimator.modelName(),
                        ModelOption.precisionOf(estimator));
                for (Keypoint k : Keypoint.values()) {
                    PosePoint p = pose.point(k);
                    out.printf("  %-15s x %8.1f  y %8.1f  score %.2f%s%n", k.id(), p.x(), p.y(), p.score(),
                            p.score() < Skeleton.DEFAULT_MIN_SCORE ? "  (not visible)" : "");
                }
            }
            out.flush();
            if (overlay != null) {
                new PoseOverlayPainter(Skeleton.DEFAULT_MIN_SCORE).paint(image, pose, true);
                Path target = overlayPath(file);
                byte[] encoded = ImageFiles.encode(image, OutputFile.extension(target));
                try (OutputFile overlayFile = OutputFile.forFile(target, OVERLAY_EXTENSIONS)) {
                    overlayFile.write(o -> o.write(encoded));
                }
            }
        } finally {
            image.release();
        }
    }

    private Path overlayPath(Path image) {
        if (images.size() == 1) {
            return overlay;
        }
        String name = overlay.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = image.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String renamed = dot < 0 ? name + "-" + stem : name.substring(0, dot) + "-" + stem + name.substring(dot);
        return overlay.resolveSibling(renamed);
    }

    private void dump(MoveNetEstimator estimator, Mat image, Path file) throws IOException {
        Files.createDirectories(dumpInput);
        Letterbox.Prepared prepared = Letterbox.prepare(image,
                Crop.wholeImage(image.cols(), image.rows()), estimator.inputSize());
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + estimator.modelName();
        Files.write(dumpInput.resolve(stem + ".rgb"), prepared.rgb());
        LetterboxTransform t = prepared.transform();
        ObjectNode meta = mapper.createObjectNode();
        meta.put("image", file.getFileName().toString());
        meta.put("model", estimator.modelName());
        meta.put("inputSha256", ModelFileVerifier.sha256(prepared.rgb()));
        meta.set("transform", mapper.valueToTree(t));
        Files.writeString(dumpInput.resolve(stem + ".json"), mapper.writeValueAsString(meta), StandardCharsets.UTF_8);
    }

}
