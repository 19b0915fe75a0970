package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.CatalogPrinter;
import org.formcoach.routine.RoutineError;
import org.formcoach.routine.RoutineLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code formcoach routines}: lists routines and exercises and reports broken files. */
@Command(name = "routines", mixinStandardHelpOptions = true,
        description = {"Lists the routines and exercises in a folder (id, name, view, dose, rules).",
            "Invalid files are reported on stderr as FILE:LINE:COLUMN: message; the valid ones are still listed.",
            "Exit code: 0 when every file is valid, 2 when any has errors or the folder holds none."})
public final class RoutinesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "folder with routine files and an exercises/ subfolder (default: the routines/ folder"
                    + " FormCoach ships)")
    Path dir;

    @Option(names = "--json", description = "print a JSON document instead of text")
    boolean json;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : RoutinesOption.defaultDirectory();
        Catalog catalog = new RoutineLoader().load(folder);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean empty = catalog.routines().isEmpty() && catalog.exercises().isEmpty();
        CatalogPrinter printer = new CatalogPrinter();
        if (json) {
            printer.printJson(catalog, out);
        } else if (!empty) {
            printer.printText(catalog, out);
        }
        for (RoutineError e : catalog.errors()) {
            err.println(e.format());
        }
        if (empty && catalog.errors().isEmpty()) {
            err.println("formcoach routines: " + RoutinesOption.noRoutinesIn(folder));
        }
        err.flush();
        return catalog.errors().isEmpty() && !empty ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
