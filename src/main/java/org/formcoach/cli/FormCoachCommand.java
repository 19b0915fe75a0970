package org.formcoach.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import org.formcoach.app.AppConfig;
import org.formcoach.app.CoachApp;
import org.formcoach.app.model.Demo;
import org.formcoach.pose.MoveNetModel;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of the {@code formcoach} launcher: the top-level command and its subcommands. */
@Command(name = "formcoach",
        mixinStandardHelpOptions = true,
        versionProvider = FormCoachCommand.Version.class,
        description = "Live exercise-form coaching from a webcam, on the CPU, offline.",
        subcommands = {
                CommandLine.HelpCommand.class,
                PoseCommand.class,
                AnalyzeCommand.class,
                RoutinesCommand.class,
                CamerasCommand.class,
                BenchCommand.class,
                ScreenshotCommand.class,
                EvalCommand.class,
                HistoryCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                RecordCommand.class,
                ReviewCommand.class,
                CompareCommand.class,
                ReportCommand.class,
                PatientCommand.class,
        })
public final class FormCoachCommand implements java.util.concurrent.Callable<Integer> {

    /** {@code -Dformcoach.debug=true}: print the stack trace of an unexpected error. */
    private static final boolean DEBUG = Boolean.getBoolean("formcoach.debug");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--source", paramLabel = "CAMERA|FILE",
            description = "What to watch: a camera index or /dev/videoN, a video file, an image folder or an image"
                    + " (default: the first camera).")
    String source;

    @CommandLine.Option(names = "--program", paramLabel = "ID",
            description = "Routine or exercise to select, e.g. wall-pushup or office-reset (see 'formcoach routines').")
    String program;

    @CommandLine.Option(names = "--model", paramLabel = "lightning|thunder", defaultValue = "lightning",
            converter = ModelOption.ModelConverter.class,
            description = "Pose model to start with: lightning (fast, default) or thunder (accurate).")
    MoveNetModel model;

    @CommandLine.Option(names = "--precision", paramLabel = "auto|int8|fp32",
            converter = ModelOption.PrecisionConverter.class,
            description = "Model arithmetic: auto (default: INT8 where it is proven), int8 or fp32.")
    String precision;

    @CommandLine.Option(names = "--demo",
            description = "Play the sample clip FormCoach ships (four floor push-ups, filmed side-on) through the coach:"
                    + " reps counted and form cues, no webcam needed; nothing of it is kept.")
    boolean demo;

    @CommandLine.Option(names = "--reset-every", paramLabel = "MINUTES", defaultValue = "90",
            description = "Desk mode: remind the office reset every MINUTES minutes (default: 90).")
    int resetMinutes;

    @CommandLine.Mixin
    RoutinesOption routinesOption;

    @CommandLine.Mixin
    DataDirOption dataDirOption;

    /** Without a subcommand: opens the app; exit code 1 when no window can be opened. */
    @Override
    public Integer call() throws InterruptedException {
        if (resetMinutes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reset-every must be at least 1 minute");
        }
        if (demo && (source != null || program != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--demo plays its own clip as a floor push-up; leave out --source and --program");
        }
        if (demo && !Demo.shipped().present()) {
            spec.commandLine().getErr().println("formcoach: the sample clip is missing: " + Demo.shipped().clip()
                    + " (it ships in FormCoach's samples/ folder)");
            return ExitCode.FAILURE;
        }
        if (precision != null) {
            // the window loads models through PipelineEngine, which follows this property
            System.setProperty(org.formcoach.pose.PrecisionPolicy.PROPERTY, precision);
        }
        AppConfig config = new AppConfig(routinesOption.directory(), AppConfig.defaultSettingsDir(), source, program,
                model, true, true, Duration.ofMinutes(resetMinutes), dataDirOption.directory(), demo);
        try {
            CoachApp.run(config);
            return ExitCode.OK;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX cannot open a window: no display (e.g. over ssh without X forwarding)
            spec.commandLine().getErr().println("formcoach: cannot open a window (" + e.getMessage()
                    + "); run it on a desktop, or use 'formcoach analyze' to analyse a recording without a screen");
            return ExitCode.FAILURE;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line on the process's standard output; output that could not be written (a
     * full disk, a closed pipe) makes a successful command fail with {@link ExitCode#FAILURE}.
     */
    static int run(String... args) {
        StandardOutput stdout = new StandardOutput();
        CommandLine cl = newCommandLine();
        cl.setOut(stdout.writer());
        int code = cl.execute(args);
        cl.getOut().flush();
        Optional<String> lost = stdout.failure();
        if (lost.isPresent()) {
            cl.getErr().println("formcoach: cannot write to the standard output (" + lost.get()
                    + "); what was printed is incomplete");
            cl.getErr().flush();
            return code == ExitCode.OK ? ExitCode.FAILURE : code;
        }
        return code;
    }

    /**
     * Builds the command line with FormCoach's conventions: {@link ExitCode#BAD_INPUT} for bad usage,
     * {@link ExitCode#FAILURE} for failures, and an unexpected error told in one line (its stack
     * trace only with {@code -Dformcoach.debug=true}).
     */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new FormCoachCommand());
        // "--routines routines" names the shipped folder, not the routines command
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCode.BAD_INPUT : ExitCode.FAILURE);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandSpec().qualifiedName() + ": unexpected error: " + oneLine(e)
                    + (DEBUG ? "" : " (run with FORMCOACH_JAVA_OPTS=-Dformcoach.debug=true for the details)"));
            if (DEBUG) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.FAILURE;
        });
        return cl;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FormCoachCommand.class.getPackage().getImplementationVersion();
            return new String[] {"FormCoach " + (v == null ? "development build" : v)};
        }
    }
}
