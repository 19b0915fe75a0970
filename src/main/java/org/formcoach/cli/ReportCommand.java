package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.report.HtmlReport;
import org.formcoach.report.ReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach report}: the report of a recording or video, as HTML or PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the report of a recording (or of a video, analysed first): the bottom of each rep"
                + " with the skeleton and angles, the angles over time, reps and faults, holds, cues and the"
                + " therapist's notes; self-contained HTML, or PDF for a .pdf name.",
                "Exit code 0 when written, 2 for a bad input or output, 1 when the model failed or the file could not"
                        + " be written."})
final class ReportCommand implements Callable<Integer> {

    private static final String NAME = "formcoach report";

    @Option(names = "--exercise", paramLabel = "ID", description = "The exercise in a video (a recording knows its own).")
    String exerciseId;

    @Option(names = "--out", required = true, paramLabel = "REPORT.html|REPORT.pdf", description = "Where to write.")
    Path out;

    @Option(names = "--notes", paramLabel = "TEXT", description = "The therapist's notes (default: the recording's).")
    String notes;

    @Mixin
    ModelOption modelOption;

    @Mixin
    RoutinesOption routinesOption;

    @Parameters(paramLabel = "FILE", description = "A recording folder or a video.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        OutputFile report;
        try {
            report = ReportFile.check(out);
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return e.isBadTarget() ? ExitCode.BAD_INPUT : ExitCode.FAILURE;
        }
        ReviewCommand.Loaded loaded = ReviewCommand.load(file, exerciseId, routinesOption.load(err), modelOption,
                routinesOption, err, NAME);
        if (loaded.media() == null) {
            return loaded.code();
        }
        try {
            ReportFile.write(report, HtmlReport.recording(loaded.media(), loaded.exercise(), notes));
        } catch (OutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        spec.commandLine().getOut().println("report: " + out);
        return ExitCode.OK;
    }
}
