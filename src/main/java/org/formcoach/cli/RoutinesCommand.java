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
            "Exit code: 0 when every file is valid, 2 when any has errors."})
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
        Catalog catalog = new RoutineLoader().load(dir != null ? dir : RoutinesOption.defaultDirectory());
        PrintWriter out = spec.commandLine().getOut();
        CatalogPrinter printer = new CatalogPrinter();
        if (json) {
            printer.printJson(catalog, out);
        } else {
            printer.printText(catalog, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (RoutineError e : catalog.errors()) {
            err.println(e.format());
        }
        err.flush();
        return catalog.errors().isEmpty() ? 0 : 2;
    }
}
