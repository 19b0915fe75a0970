package org.formcoach.cli;

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
        })
public final class FormCoachCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // The GUI will open here; until it exists the bare command explains itself.
        spec.commandLine().usage(System.out);
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
