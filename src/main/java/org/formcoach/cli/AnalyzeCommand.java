package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.SourceInfo;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.report.AnalysisReport;
import org.formcoach.report.AnnotatedVideoWriter;
import org.formcoach.report.ReportBuilder;
import org.formcoach.routine.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formcoach analyze}: the coaching pipeline over a video, folder or image, without a screen. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses a recorded exercise: reps, holds, cues, and optionally an annotated video.",
                "INPUT: a video (MP4, MOV, WebM, MKV, AVI), a folder of images or one image.",
                "Exit code 0 when the whole input was analysed, 2 when it could not be read or stopped early,"
                        + " 1 when the model failed."})
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "Exercise id, e.g. wall-pushup (see 'formcoach routines').")
    String exerciseId;

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the report as JSON (- for stdout).")
    Path json;

    @Option(names = "--overlay", paramLabel = "OUT.avi", description = "Write the annotated video (MJPEG AVI).")
    Path overlay;

    @Option(names = "--frames", description = "Include every frame's keypoints in the JSON report.")
    boolean frames;

    @Option(names = "--quiet", description = "No progress line on stderr.")
    boolean quiet;

    @Parameters(paramLabel = "INPUT", description = "Video file, image folder or image.")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Exercise exercise = routinesOption.exercise(exerciseId, err, "formcoach analyze").orElse(null);
        if (exercise == null) {
            return 2;
        }
        FrameSource source;
        try {
            source = FrameSources.openPath(input, CaptureRequest.DEFAULT);
        } catch (CaptureException e) {
            err.println("formcoach analyze: " + e.getMessage());
            return 2;
        }
        SourceInfo info = source.info();
        ReportBuilder report = new ReportBuilder(input.toString(), exercise.id(), modelOption.model.id(), frames);
        List<CoachSink> sinks = new ArrayList<>();
        sinks.add(report);
        AnnotatedVideoWriter video = overlay == null ? null
                : new AnnotatedVideoWriter(overlay, info.nominalFps(), exercise.dose().sets());
        if (video != null) {
            sinks.add(video);
        }
        if (!quiet) {
            sinks.add(new ProgressBar(err, input.getFileName().toString(), info.frameCount().orElse(0), info.nominalFps()));
        }
        PipelineResult result;
        try (MoveNetEstimator estimator = modelOption.load()) {
            FrameAnalyzer analyzer = FrameAnalyzer.withDefaults(estimator, ExerciseProgram.of(exercise));
            try (CoachPipeline pipeline = CoachPipeline.start(source, analyzer, sinks)) {
                result = pipeline.awaitEnd(Duration.ofDays(1)).orElseThrow();
            }
        } catch (ModelLoadException e) {
            source.close();
            err.println("formcoach analyze: " + e.getMessage());
            return 1;
        } finally {
            if (video != null) {
                video.close();
            }
        }
        AnalysisReport built = report.build();
        int code = built.stoppedEarly() == null ? 0 : 2;
        if (built.stoppedEarly() != null) {
            err.println("formcoach analyze: " + built.stoppedEarly());
        }
        if (video != null && video.problem() != null) {
            err.println("formcoach analyze: " + video.problem());
            code = 2;
        }
        if (json != null) {
            if (!writeJson(built, out, err)) {
                code = 2;
            }
        } else {
            printSummary(built, out);
        }
        return result.failure().isPresent() ? 1 : code;
    }

    private boolean writeJson(AnalysisReport report, PrintWriter out, PrintWriter err) {
        ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try {
            String text = mapper.writeValueAsString(report);
            if (json.toString().equals("-")) {
                out.println(text);
            } else {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(json, text + "\n");
            }
            return true;
        } catch (IOException e) {
            err.println("formcoach analyze: cannot write " + json + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private static String depthText(AnalysisReport.Rep rep) {
        if (rep.depth() == null) {
            return "-";
        }
        return "angle".equals(rep.signal()) ? String.format("%.0f° (elbow)", rep.depth())
                : String.format("%.2f arm lengths (reach)", rep.depth());
    }

    private static void printSummary(AnalysisReport r, PrintWriter out) {
        out.printf("%s: %s, %d frames (%.1f s), person in %d, view %s%n", r.input(), r.exercise(), r.framesTotal(),
                r.durationSeconds(), r.framesWithPerson(), r.view());
        long counted = r.reps().stream().filter(AnalysisReport.Rep::counted).count();
        if (!r.reps().isEmpty()) {
            out.printf("reps: %d counted, %d not counted%n", counted, r.reps().size() - counted);
            for (AnalysisReport.Rep rep : r.reps()) {
                out.printf("  #%d set %d  %6.2f-%6.2f s  depth %s  %s%s%n", rep.number(), rep.set(), rep.startSeconds(),
                        rep.endSeconds(), depthText(rep),
                        rep.counted() ? "counted" : "not counted",
                        rep.faults().isEmpty() ? "" : "  faults: " + String.join(", ", rep.faults()));
            }
        }
        for (AnalysisReport.Hold h : r.holds()) {
            out.printf("hold (set %d): %.1f of %.0f s%s, %d break(s)%n", h.set(), h.heldSeconds(), h.targetSeconds(),
                    h.done() ? " — done" : "", h.breaks().size());
        }
        for (AnalysisReport.CueEntry c : r.cues()) {
            out.printf("  %7.2f s  %s: %s%n", c.t(), c.id(), c.text());
        }
    }
}
