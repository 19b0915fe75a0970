package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.formcoach.bench.LatencySummary;
import org.formcoach.capture.ImageFiles;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.PoseEstimate;
import org.opencv.core.Mat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formcoach bench pose}: per-stage latency of one pose estimation, after warm-up. */
@Command(name = "pose", mixinStandardHelpOptions = true,
        description = {"Times decode, preprocess, inference and postprocess of one image, after warm-up.",
                "Without IMAGE a bundled 640x480 photograph is used."})
final class BenchPoseCommand implements Callable<Integer> {

    static final String SAMPLE = "/samples/basketball1.png";

    @Mixin
    ModelOption modelOption;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "200", description = "Timed runs (default 200).")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20", description = "Untimed runs first (default 20).")
    int warmup;

    @Option(names = "--json", description = "One JSON line instead of a table.")
    boolean json;

    @Option(names = "--profile", paramLabel = "OUT.json",
            description = "Record libtorch's operator profile of the timed runs into this Chrome trace file"
                    + " (tools/bench/profile-summary.py sums it per operator); the timings then include the"
                    + " profiler's overhead.")
    Path profile;

    @Parameters(paramLabel = "IMAGE", arity = "0..1")
    Path image;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] encoded;
        String name;
        if (image == null) {
            try (InputStream in = BenchPoseCommand.class.getResourceAsStream(SAMPLE)) {
                encoded = in.readAllBytes();
            }
            name = "bundled sample " + SAMPLE;
        } else {
            try {
                ImageFiles.read(image).release();  // every check on the image, before the model loads
            } catch (IOException e) {
                err.println("formcoach bench pose: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            encoded = Files.readAllBytes(image);
            name = image.toString();
        }
        long[] decode = new long[iterations];
        long[] pre = new long[iterations];
        long[] inference = new long[iterations];
        long[] post = new long[iterations];
        long[] total = new long[iterations];
        // CPU time of this thread in the estimator: with one intra-op thread libtorch computes on the
        // calling thread, so this is the model's cost without the noise of other processes
        long[] estimateCpu = new long[iterations];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int threads;
        String precision;
        try (MoveNetEstimator estimator = modelOption.load()) {
            precision = ModelOption.precisionOf(estimator);
            threads = Integer.getInteger("ai.djl.pytorch.num_threads", -1);
            for (int i = -warmup; i < iterations; i++) {
                if (i == 0 && profile != null) {
                    ai.djl.pytorch.jni.JniUtils.startProfile(false, true, false);
                }
                long t0 = System.nanoTime();
                Mat frame = ImageFiles.decode(encoded, name);
                long t1 = System.nanoTime();
                PoseEstimate e;
                long cpuStart = cpu.getCurrentThreadCpuTime();
                try {
                    e = estimator.estimate(frame);
                } finally {
                    frame.release();
                }
                long cpuUsed = cpu.getCurrentThreadCpuTime() - cpuStart;
                if (i >= 0) {
                    decode[i] = t1 - t0;
                    pre[i] = e.preprocessNanos();
                    inference[i] = e.inferenceNanos();
                    post[i] = e.postprocessNanos();
                    total[i] = (t1 - t0) + e.totalNanos();
                    estimateCpu[i] = cpuUsed;
                }
            }
            if (profile != null) {
                ai.djl.pytorch.jni.JniUtils.stopProfile(profile.toAbsolutePath().toString());
            }
        } catch (ModelLoadException e) {
            err.println("formcoach bench pose: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        Map<String, LatencySummary> stages = new LinkedHashMap<>();
        stages.put("decode", LatencySummary.ofNanos(decode));
        stages.put("preprocess", LatencySummary.ofNanos(pre));
        stages.put("inference", LatencySummary.ofNanos(inference));
        stages.put("postprocess", LatencySummary.ofNanos(post));
        stages.put("total", LatencySummary.ofNanos(total));
        stages.put("estimate_cpu", LatencySummary.ofNanos(estimateCpu));
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode line = mapper.createObjectNode();
            line.put("model", modelOption.model.id());
            line.put("precision", precision);
            line.put("image", name);
            line.put("iterations", iterations);
            stages.forEach((stage, s) -> {
                line.put(stage + "_ms_median", PoseJson.round(s.medianMs(), 3));
                line.put(stage + "_ms_p95", PoseJson.round(s.p95Ms(), 3));
            });
            line.put("threads", threads);
            line.put("interop_threads", Integer.getInteger("ai.djl.pytorch.num_interop_threads", -1));
            out.println(mapper.writeValueAsString(line));
        } else {
            out.printf("model %s %s, %s, %d iterations after %d warm-up, %d intra-op / %d inter-op threads%n",
                    modelOption.model.id(), precision, name, iterations, warmup, threads,
                    Integer.getInteger("ai.djl.pytorch.num_interop_threads", -1));
            out.printf("%-12s %10s %10s %10s%n", "stage", "median ms", "p95 ms", "max ms");
            stages.forEach((stage, s) -> out.printf("%-12s %10.2f %10.2f %10.2f%n", stage, s.medianMs(), s.p95Ms(),
                    s.maxMs()));
        }
        return ExitCode.OK;
    }
}
