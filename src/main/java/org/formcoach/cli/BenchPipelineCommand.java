package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.formcoach.bench.LatencySummary;
import org.formcoach.bench.MemoryTrace;
import org.formcoach.bench.ReplaySource;
import org.formcoach.capture.CaptureException;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.StageTimings;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.routine.Exercise;
import org.opencv.core.Mat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formcoach bench pipeline}: the whole pipeline, sustained, on a recorded file. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Runs the full pipeline (capture, pose, smoothing, form engine) on a recorded file and reports"
                        + " sustained fps, drops, per-stage p50/p95 latency and the process RSS: at the start, with the"
                        + " model loaded, at frame --rss-from, its peak (sampled every 0.2 s, and the kernel's maximum)"
                        + " and at the end.",
                "--live replays the file at its frame rate as a camera would deliver it (newest frame wins);"
                        + " without it the file is analysed as fast as possible, as 'formcoach analyze' does.",
                "The file is looped until --frames frames have been read."})
final class BenchPipelineCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Option(names = "--live", description = "Replay at the file's frame rate as a live camera.")
    boolean live;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "600", description = "Frames to run (default 600).")
    long frames;

    @Option(names = "--exercise", paramLabel = "ID", defaultValue = "wall-pushup",
            description = "Exercise evaluated (default wall-pushup).")
    String exerciseId;

    @Option(names = "--every-frame", description = "Analyse every frame even where the exercise needs fewer a second"
            + " (desk-posture from a camera), to compare the two.")
    boolean everyFrame;

    @Option(names = "--json", description = "One JSON line instead of a table.")
    boolean json;

    @Option(names = "--rss-every", paramLabel = "N", defaultValue = "0",
            description = "Also print the process RSS every N frames on stderr (0: never).")
    long rssEvery;

    @Option(names = "--rss-from", paramLabel = "N", defaultValue = "1000",
            description = "Measure RSS growth from frame N, once the pipeline has settled (default 1000;"
                    + " half the run if it is shorter).")
    long rssFrom;

    @Parameters(paramLabel = "INPUT", description = "A video file or image folder.")
    Path input;

    @Spec
    CommandSpec spec;

    /** Collects per-frame timings; the first second is warm-up and not counted. */
    static final class Timings implements CoachSink {
        final long[][] stages = new long[StageTimings.STAGES.length][];
        int count;
        long firstCounted;
        long lastCounted;
        final long warmupFrames;

        Timings(long capacity, long warmupFrames) {
            for (int i = 0; i < stages.length; i++) {
                stages[i] = new long[(int) Math.max(1, capacity)];
            }
            this.warmupFrames = warmupFrames;
        }

        @Override
        public void onFrame(CoachFrame frame, Mat image) {
            if (frame.index() < warmupFrames) {
                return;
            }
            long now = System.nanoTime();
            if (count == 0) {
                firstCounted = now;
            }
            lastCounted = now;
            if (count < stages[0].length) {
                for (int i = 0; i < stages.length; i++) {
                    stages[i][count] = frame.timings().stage(StageTimings.STAGES[i]);
                }
                count++;
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            err.println("formcoach bench pipeline: " + input + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        Exercise exercise = routinesOption.exercise(exerciseId, err, "formcoach bench pipeline").orElse(null);
        if (exercise == null) {
            return ExitCode.BAD_INPUT;
        }
        MemoryTrace memory = MemoryTrace.start(Math.min(rssFrom, frames / 2), rssEvery, err);
        ReplaySource source;
        try {
            source = live ? ReplaySource.live(input, frames) : ReplaySource.asFile(input, frames);
        } catch (CaptureException e) {
            memory.close();
            err.println("formcoach bench pipeline: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        double sourceFps = source.info().nominalFps();
        long warmup = Math.min(frames / 4, (long) Math.ceil(sourceFps));
        Timings timings = new Timings(frames, warmup);
        PipelineResult result;
        String precision;
        long started = System.nanoTime();
        long cpuStart;
        long cpuWallStart;
        long skipped;
        try (MoveNetEstimator estimator = live ? modelOption.load() : modelOption.loadForFiles()) {
            memory.modelLoaded();
            precision = ModelOption.precisionOf(estimator);
            FrameAnalyzer analyzer = FrameAnalyzer.withDefaults(estimator, ExerciseProgram.of(exercise));
            cpuStart = processCpuNanos();
            cpuWallStart = System.nanoTime();
            try (CoachPipeline pipeline = CoachPipeline.start(source, analyzer, List.of(timings, memory),
                    everyFrame ? CoachPipeline.Pacing.EVERY_FRAME : CoachPipeline.Pacing.EXERCISE)) {
                result = pipeline.awaitEnd(Duration.ofDays(1)).orElseThrow();
                skipped = pipeline.framesSkipped();
            }
        } catch (ModelLoadException e) {
            source.close();
            memory.close();
            err.println("formcoach bench pipeline: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        // the whole process's CPU time over the run (every thread: capture, decoding, inference), as a
        // percentage of one core
        double cpuPercent = 100.0 * (processCpuNanos() - cpuStart) / Math.max(1, System.nanoTime() - cpuWallStart);
        double wall = (System.nanoTime() - started) / 1e9;
        MemoryTrace.Summary rss = memory.finish();
        double sustainedFps = timings.count > 1 ? (timings.count - 1) * 1e9 / (timings.lastCounted - timings.firstCounted)
                : 0;
        long read = result.capture().framesRead();
        double dropPercent = read == 0 ? 0 : 100.0 * result.framesDropped() / read;
        Map<String, LatencySummary> stages = new LinkedHashMap<>();
        for (int i = 0; i < StageTimings.STAGES.length; i++) {
            long[] values = java.util.Arrays.copyOf(timings.stages[i], timings.count);
            stages.put(StageTimings.STAGES[i], LatencySummary.ofNanos(values));
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode line = mapper.createObjectNode();
            line.put("input", input.toString());
            line.put("mode", live ? "live" : "file");
            line.put("model", modelOption.model.id());
            line.put("precision", precision);
            line.put("width", source.info().width());
            line.put("height", source.info().height());
            line.put("source_fps", sourceFps);
            line.put("frames_read", read);
            line.put("frames_analysed", result.framesAnalysed());
            line.put("frames_dropped", result.framesDropped());
            line.put("frames_skipped", skipped);
            line.put("cpu_percent", PoseJson.round(cpuPercent, 1));
            line.put("drop_percent", PoseJson.round(dropPercent, 2));
            line.put("sustained_fps", PoseJson.round(sustainedFps, 2));
            line.put("realtime_factor", PoseJson.round(sustainedFps / sourceFps, 3));
            stages.forEach((stage, s) -> {
                line.put(stage + "_ms_p50", PoseJson.round(s.medianMs(), 3));
                line.put(stage + "_ms_p95", PoseJson.round(s.p95Ms(), 3));
            });
            line.put("rss_mib_start", PoseJson.round(rss.startMiB(), 1));
            line.put("rss_mib_model_loaded", PoseJson.round(rss.modelLoadedMiB(), 1));
            line.put("rss_frame_reference", rss.reference().frame());
            line.put("rss_mib_reference", PoseJson.round(rss.reference().mib(), 1));
            line.put("rss_mib_peak", PoseJson.round(rss.peak().mib(), 1));
            line.put("rss_frame_peak", rss.peak().frame());
            line.put("rss_mib_end", PoseJson.round(rss.endMiB(), 1));
            line.put("rss_mib_max", PoseJson.round(rss.maxMiB(), 1));
            line.put("rss_growth_mib", PoseJson.round(rss.growthMiB(), 1));
            line.put("rss_peak_above_reference_mib", PoseJson.round(rss.peakAboveReferenceMiB(), 1));
            line.put("threads", Integer.getInteger("ai.djl.pytorch.num_threads", -1));
            line.put("wall_s", PoseJson.round(wall, 2));
            out.println(mapper.writeValueAsString(line));
        } else {
            out.printf("%s, %s mode, model %s (%s), %dx%d at %.0f fps, %d frames in %.1f s%n", input,
                    live ? "live" : "file", modelOption.model.id(), precision, source.info().width(), source.info().height(), sourceFps, read, wall);
            out.printf("sustained %.1f fps (%.2fx real time), %d dropped (%.1f%%)%n", sustainedFps,
                    sustainedFps / sourceFps, result.framesDropped(), dropPercent);
            out.printf("CPU %.0f%% of one core%s%n", cpuPercent, skipped == 0 ? ""
                    : String.format(java.util.Locale.ROOT, "; %d frames left out (the exercise needs fewer a second)",
                            skipped));
            out.printf("%-12s %10s %10s%n", "stage", "p50 ms", "p95 ms");
            stages.forEach((stage, s) -> out.printf("%-12s %10.2f %10.2f%n", stage, s.medianMs(), s.p95Ms()));
            out.println(rss.describe());
        }
        return result.failure().isPresent() ? ExitCode.FAILURE : ExitCode.OK;
    }

    /** The CPU time of this process so far (all threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
