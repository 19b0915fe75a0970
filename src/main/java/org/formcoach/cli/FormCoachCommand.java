package org.formcoach.cli;

import java.time.Duration;
import org.formcoach.app.AppConfig;
import org.formcoach.app.CoachApp;
import org.formcoach.pose.MoveNetModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        })
public final class FormCoachCommand implements java.util.concurrent.Callable<Integer> {

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

    @CommandLine.Option(names = "--reset-every", paramLabel = "MINUTES", defaultValue = "90",
            description = "Desk mode: remind the office reset every MINUTES minutes (default: 90).")
    int resetMinutes;

    @CommandLine.Mixin
    RoutinesOption routinesOption;

    /** Without a subcommand: opens the app; exit code 1 when no window can be opened. */
    @Override
    public Integer call() throws InterruptedException {
        if (resetMinutes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reset-every must be at least 1 minute");
        }
        if (precision != null) {
            // the window loads models through PipelineEngine, which follows this property
            System.setProperty(org.formcoach.pose.PrecisionPolicy.PROPERTY, precision);
        }
        AppConfig config = new AppConfig(routinesOption.directory(), AppConfig.defaultSettingsDir(), source, program,
                model, true, true, Duration.ofMinutes(resetMinutes));
        try {
            CoachApp.run(config);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX cannot open a window: no display (e.g. over ssh without X forwarding)
            spec.commandLine().getErr().println("formcoach: cannot open a window (" + e.getMessage()
                    + "); run it on a desktop, or use 'formcoach analyze' to analyse a recording without a screen");
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Builds the command line with FormCoach's conventions: exit 2 for bad usage, 1 for failures. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new FormCoachCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FormCoachCommand.class.getPackage().getImplementationVersion();
            return new String[] {"FormCoach " + (v == null ? "development build" : v)};
        }
    }
}
