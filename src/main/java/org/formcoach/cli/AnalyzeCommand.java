package org.formcoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
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
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
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
                "Outputs are checked before the analysis starts and written whole (a file already there is"
                        + " replaced only by a complete new one).",
                "Ctrl-C or SIGTERM stops the analysis and saves the report so far (marked interrupted) and the"
                        + " video.",
                "Exit code 0 when the whole input was analysed, 2 when the input or an output path cannot be used"
                        + " or the input is damaged (the report says where), 1 when the model failed or a file could"
                        + " not be written, 130 (143 for SIGTERM) when interrupted."})
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

    private static final String NAME = "formcoach analyze";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Exercise exercise = routinesOption.exercise(exerciseId, err, NAME).orElse(null);
        if (exercise == null) {
            return ExitCode.BAD_INPUT;
        }
        // the outputs are checked before anything is read, so a run never ends in "cannot write"
        OutputFile jsonFile = null;
        OutputFile videoFile = null;
        try {
            jsonFile = json == null || writesJsonToStdout() ? null : OutputFile.forText(json);
            videoFile = overlay == null ? null : OutputFile.forFile(overlay, List.of("avi"));
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            if (jsonFile != null) {
                jsonFile.close();
            }
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        try (OutputFile jsonOut = jsonFile; OutputFile videoOut = videoFile) {
            return analyze(exercise, jsonOut, videoOut, out, err);
        }
    }

    private int analyze(Exercise exercise, OutputFile jsonFile, OutputFile videoFile, PrintWriter out,
            PrintWriter err) throws InterruptedException {
        FrameSource source;
        try {
            source = FrameSources.openPath(input, CaptureRequest.DEFAULT);
        } catch (CaptureException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        SourceInfo info = source.info();
        ReportBuilder report = new ReportBuilder(input.toString(), exercise.id(), modelOption.model.id(), frames);
        List<CoachSink> sinks = new ArrayList<>();
        sinks.add(report);
        try (AnnotatedVideoWriter video = videoFile == null ? null
                : new AnnotatedVideoWriter(videoFile, info.nominalFps(), exercise.dose().sets())) {
            if (video != null) {
                sinks.add(video);
            }
            if (!quiet) {
                sinks.add(new ProgressBar(err, input.getFileName().toString(), info.frameCount().orElse(0),
                        info.nominalFps()));
            }
            MoveNetEstimator estimator;
            try {
                estimator = modelOption.loadForFiles();
            } catch (ModelLoadException e) {
                source.close();
                err.println(NAME + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
            try (estimator;
                 CoachPipeline pipeline = CoachPipeline.start(source,
                         FrameAnalyzer.withDefaults(estimator, ExerciseProgram.of(exercise)), sinks);
                 Interruption interruption = Interruption.onSignal(pipeline::stop)) {
                PipelineResult result = pipeline.awaitEnd(Duration.ofDays(1)).orElseThrow();
                // a signal stops the pipeline; what was analysed until then is saved all the same
                return save(report.build(interruption.happened()), result, video, jsonFile, out, err);
            }
        }
    }

    /** Finishes the video and writes the report; returns the exit code. */
    private int save(AnalysisReport built, PipelineResult result, AnnotatedVideoWriter video, OutputFile jsonFile,
            PrintWriter out, PrintWriter err) {
        boolean failed = false;
        if (result.failure().isPresent() && !built.interrupted()) {
            failed = true;
            err.println(NAME + ": " + result.failure().get());
        } else if (built.stoppedEarly() != null) {
            err.println(NAME + ": " + built.stoppedEarly());
        }
        if (!built.skippedFrames().isEmpty()) {
            err.println(NAME + ": " + skippedText(built.skippedFrames()));
        }
        if (video != null) {
            try {
                video.finish();
                if (video.framesWritten() == 0) {
                    err.println(NAME + ": " + overlay + " was not written: no frame was analysed");
                }
            } catch (OutputException e) {
                err.println(NAME + ": " + e.getMessage());
                failed = true;
            }
        }
        if (json == null) {
            printSummary(built, out);
        } else {
            try {
                String text = MAPPER.writeValueAsString(built) + "\n";
                if (jsonFile == null) {
                    out.print(text);  // standard output: a failed write is told by FormCoachCommand.run
                    out.flush();
                } else {
                    jsonFile.writeString(text);
                    if (built.interrupted()) {
                        err.println(NAME + ": the report so far is in " + jsonFile.path());
                    }
                }
            } catch (IOException | OutputException e) {
                err.println(NAME + ": " + e.getMessage());
                failed = true;
            }
        }
        boolean damagedInput = built.stoppedEarly() != null || !built.skippedFrames().isEmpty();
        return built.interrupted() ? ExitCode.INTERRUPTED
                : failed ? ExitCode.FAILURE
                : damagedInput ? ExitCode.BAD_INPUT
                : ExitCode.OK;
    }

    private boolean writesJsonToStdout() {
        return json.toString().equals("-");
    }

    /** One line: "2 damaged frames were skipped (frame 14, 15); the rest was analysed". */
    static String skippedText(List<Long> skipped) {
        int shown = Math.min(skipped.size(), 20);
        String list = String.join(", ", skipped.subList(0, shown).stream().map(String::valueOf).toList())
                + (skipped.size() > shown ? ", ..." : "");
        return skipped.size() + (skipped.size() == 1 ? " damaged frame was" : " damaged frames were")
                + " skipped (frame " + list + "); the rest was analysed";
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
