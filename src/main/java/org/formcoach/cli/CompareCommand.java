package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.formcoach.compare.Comparison;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.recording.Tracks;
import org.formcoach.report.HtmlReport;
import org.formcoach.report.ReportFile;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code formcoach compare}: an attempt against a reference demonstration of the same exercise. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares an attempt with a reference demonstration of the same exercise: each rep of the"
                + " attempt is aligned with the reference rep by dynamic time warping on the exercise's joint angles,"
                + " and per phase (top, descent, bottom, ascent) the angle differences and the rules only the attempt"
                + " broke are reported.",
                "A and B are recordings ('formcoach record') or videos (analysed first).",
                "Exit code 0 when compared, 2 for a bad input or output, 1 when the model failed or a file could not"
                        + " be written."})
final class CompareCommand implements Callable<Integer> {

    private static final String NAME = "formcoach compare";

    @Option(names = "--exercise", required = true, paramLabel = "ID", description = "The exercise of both.")
    String exerciseId;

    @Option(names = "--reference", required = true, paramLabel = "A", description = "The demonstration.")
    Path reference;

    @Option(names = "--attempt", required = true, paramLabel = "B", description = "The attempt.")
    Path attempt;

    @Option(names = "--out", paramLabel = "REPORT.html|REPORT.pdf",
            description = "Write the report (HTML, or PDF for a .pdf name).")
    Path out;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the comparison as JSON.")
    Path json;

    @Option(names = "--notes", paramLabel = "TEXT", description = "The therapist's notes for the report.")
    String notes;

    @Option(names = "--window", description = "Also show both side by side in a window.")
    boolean window;

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = routinesOption.load(err);
        Exercise exercise = routinesOption.exercise(catalog, exerciseId, err, NAME).orElse(null);
        if (exercise == null) {
            return ExitCode.BAD_INPUT;
        }
        OutputFile report = null;
        OutputFile jsonFile = null;
        try {
            report = out == null ? null : ReportFile.check(out);
            jsonFile = json == null ? null : OutputFile.forFile(json, java.util.List.of("json"));
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        ReviewCommand.Loaded ref = ReviewCommand.load(reference, exerciseId, catalog, modelOption, routinesOption, err,
                NAME);
        if (ref.media() == null) {
            return ref.code();
        }
        ReviewCommand.Loaded att = ReviewCommand.load(attempt, exerciseId, catalog, modelOption, routinesOption, err,
                NAME);
        if (att.media() == null) {
            return att.code();
        }
        Comparison.Result result = Comparison.compare(ref.media(), att.media(), exercise);
        printSummary(result, stdout);
        try {
            if (report != null) {
                ReportFile.write(report, HtmlReport.comparison(result, ref.media(), att.media(), exercise, notes));
                stdout.println("report: " + out);
            }
            if (jsonFile != null) {
                jsonFile.writeString(Tracks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
            }
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println(NAME + ": cannot write " + json + " (" + e.getOriginalMessage() + ")");
            return ExitCode.FAILURE;
        }
        if (window) {
            try {
                org.formcoach.app.CompareWindow.run(result, ref.media(), att.media(), exercise);
            } catch (UnsupportedOperationException | IllegalStateException e) {
                err.println(NAME + ": cannot open a window (" + e.getMessage() + "); the report was written");
                return ExitCode.FAILURE;
            }
        }
        return ExitCode.OK;
    }

    static void printSummary(Comparison.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: attempt %s (%d reps) against demonstration %s (rep %d)%n", r.exerciseName(),
                r.attempt(), r.reps().size(), r.reference(), r.referenceRep());
        for (Comparison.PhaseDiff d : r.summary()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s", d.phase().label()));
            for (Comparison.SignalDiff s : d.signals()) {
                line.append(String.format(Locale.ROOT, "  %s %+.0f°", s.signal(), s.meanDiff()));
            }
            if (!d.brokenOnlyByAttempt().isEmpty()) {
                line.append("  broken only in the attempt: ").append(String.join(", ", d.brokenOnlyByAttempt()));
            }
            out.println(line);
        }
    }
}
