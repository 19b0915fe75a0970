package org.formcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.formcoach.FormCoachHome;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineError;
import org.formcoach.routine.RoutineLoader;
import picocli.CommandLine.Option;

/** The {@code --routines DIR} option: where exercises and routines are read from. */
final class RoutinesOption {

    @Option(names = "--routines", paramLabel = "DIR",
            description = "Folder of routines and exercises (default: the routines/ folder FormCoach ships).")
    Path dir;

    Path directory() {
        return dir != null ? dir : defaultDirectory();
    }

    /** The {@code routines/} folder FormCoach ships. */
    static Path defaultDirectory() {
        return FormCoachHome.resolve("routines");
    }

    /**
     * The exercise {@code id} from the catalog, or empty after telling the user (on {@code err},
     * prefixed by {@code command}) which ids exist.
     */
    java.util.Optional<org.formcoach.routine.Exercise> exercise(String id, PrintWriter err, String command) {
        return exercise(load(err), id, err, command);
    }

    /** As {@link #exercise(String, PrintWriter, String)}, from a catalog already loaded. */
    java.util.Optional<org.formcoach.routine.Exercise> exercise(Catalog catalog, String id, PrintWriter err,
            String command) {
        java.util.Optional<org.formcoach.routine.Exercise> exercise = catalog.exercise(id);
        if (exercise.isEmpty() && catalog.exercises().isEmpty()) {
            err.println(command + ": " + noRoutinesIn(directory()));
        } else if (exercise.isEmpty()) {
            err.println(command + ": no exercise '" + id + "' in " + directory() + " (known: "
                    + String.join(", ", catalog.exercises().keySet()) + ")");
        }
        return exercise;
    }

    /** What to say of a folder in which no routine or exercise was found. */
    static String noRoutinesIn(Path folder) {
        return folder + " holds no routines or exercises (routines are *.yaml files in it, exercises *.yaml files in"
                + " its " + RoutineLoader.EXERCISES_DIR + "/ subfolder; see routines/README.md); leave out the option"
                + " to use the ones FormCoach ships";
    }

    /** Loads the catalog, reporting broken files on {@code err} (the valid ones are still used). */
    Catalog load(PrintWriter err) {
        Path d = directory();
        Catalog catalog = new RoutineLoader().load(d);
        for (RoutineError e : catalog.errors()) {
            err.println(e);
        }
        return catalog;
    }
}
