package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.SourceInfo;
import org.formcoach.io.OutputException;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pose.ModelLoadException;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.recording.Manifest;
import org.formcoach.recording.RecordingWriter;
import org.formcoach.routine.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach record}: a demonstration or a session, coached and saved as a recording folder. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Records an exercise through the coach: the video, the keypoints of every frame and the"
                + " coaching events, in a new folder with a manifest ('formcoach review' and 'formcoach compare'"
                + " open it).",
                "From a camera it records until Ctrl-C or --seconds; from a file, the whole file.",
                "Exit code 0 when recorded, 2 for a bad exercise, source or folder, 1 when the model failed or"
                        + " recording stopped early (a full disk: what was recorded is kept), 130 after Ctrl-C"
                        + " (the recording is kept)."})
final class RecordCommand implements Callable<Integer> {

    private static final String NAME = "formcoach record";

    @Option(names = "--exercise", required = true, paramLabel = "ID", description = "Exercise id, e.g. floor-pushup.")
    String exerciseId;

    @Option(names = "--source", paramLabel = "CAMERA|FILE", defaultValue = "0",
            description = "A camera index or /dev/videoN (default: 0), or a video file to turn into a recording.")
    String source;

    @Option(names = "--seconds", paramLabel = "N", description = "Stop after N seconds (cameras).")
    Double seconds;

    @Option(names = "--role", paramLabel = "demonstration|attempt|session", defaultValue = "demonstration",
            description = "What it is: a therapist's demonstration (default), a patient's attempt, or a session.")
    String role;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes kept with the recording.")
    String notes;

    @Option(names = "--patient", paramLabel = "CODE",
            description = "Coach with this patient's thresholds (see 'formcoach patient').")
    String patient;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Parameters(paramLabel = "FOLDER", description = "A new folder for the recording.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("demonstration", "attempt", "session").contains(role)) {
            err.println(NAME + ": --role must be demonstration, attempt or session, not '" + role + "'");
            return ExitCode.BAD_INPUT;
        }
        if (seconds != null && !(seconds > 0)) {
            err.println(NAME + ": --seconds must be above 0");
            return ExitCode.BAD_INPUT;
        }
        Exercise exercise = routinesOption.exercise(exerciseId, err, NAME).orElse(null);
        if (exercise == null) {
            return ExitCode.BAD_INPUT;
        }
        if (patient != null) {
            try (org.formcoach.session.PatientStore store = org.formcoach.session.PatientStore.open(
                    dataDir.directory(), java.time.Clock.systemUTC())) {
                var profile = store.get(patient);
                if (profile.isEmpty()) {
                    err.println(NAME + ": no patient '" + patient + "' (see 'formcoach patient list')");
                    return ExitCode.BAD_INPUT;
                }
                exercise = profile.get().apply(exercise);
            } catch (org.formcoach.session.StoreException e) {
                err.println(NAME + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
        }
        try {
            RecordingWriter.checkFolder(folder);
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        FrameSource frameSource;
        try {
            frameSource = FrameSources.open(source, CaptureRequest.DEFAULT);
        } catch (CaptureException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        SourceInfo info = frameSource.info();
        MoveNetEstimator estimator;
        try {
            estimator = modelOption.load();
        } catch (ModelLoadException e) {
            frameSource.close();
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        RecordingWriter writer;
        try {
            writer = RecordingWriter.start(folder, new RecordingWriter.Details(role, exercise.id(), exercise.name(),
                    info.description(), modelOption.model.id(), notes), info.nominalFps(),
                    why -> err.println(NAME + ": " + why));
        } catch (OutputException e) {
            frameSource.close();
            estimator.close();
            err.println(NAME + ": " + e.getMessage());
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        List<CoachSink> sinks = new ArrayList<>(List.of(writer));
        try (estimator;
             CoachPipeline pipeline = CoachPipeline.start(frameSource,
                     FrameAnalyzer.withDefaults(estimator, ExerciseProgram.of(exercise)), sinks);
             Interruption interruption = Interruption.onSignal(pipeline::stop)) {
            if (info.isLive()) {
                err.println(NAME + ": recording from " + info.description() + "; Ctrl-C ends it");
            }
            Duration limit = seconds == null || !info.isLive() ? Duration.ofDays(1)
                    : Duration.ofMillis(Math.round(seconds * 1000));
            PipelineResult result = pipeline.awaitEnd(limit).orElse(null);
            if (result == null) {
                pipeline.stop();
            }
            Manifest m = writer.finish();
            out.printf(Locale.ROOT, "%s: %d frames (%.1f s) of %s%s%n", folder, m.frames(), m.durationSeconds(),
                    exercise.name(), m.droppedFrames() > 0 ? ", " + m.droppedFrames() + " frames left out" : "");
            if (interruption.happened()) {
                return ExitCode.INTERRUPTED;
            }
            return m.complete() && m.frames() > 0 ? ExitCode.OK : ExitCode.FAILURE;
        }
    }
}
