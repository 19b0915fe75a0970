package org.formcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.formcoach.session.Backup;
import org.formcoach.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach import FILE}: adds what an export holds; importing the same file again changes nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds the sessions, sets, journal entries and ladder events of an exported FILE that are not"
                + " kept yet (by id): importing the same file twice changes nothing the second time. The ladder's rung"
                + " and the settings in FILE replace the kept ones.",
            "All or nothing. Exit code: 0, 2 when FILE is not a FormCoach export, 1 when the database cannot be"
                + " written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a JSON document written by 'formcoach export'")
    Path file;

    @Mixin
    DataDirOption dataDirOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("formcoach import: no such file: " + file);
            return 2;
        }
        Backup backup;
        try {
            backup = Backup.json().readValue(file.toFile(), Backup.class);
        } catch (IOException e) {
            err.println("formcoach import: " + file + " is not a FormCoach export (" + ExportCommand.oneLine(e) + ")");
            return 2;
        }
        if (!Backup.FORMAT.equals(backup.format())) {
            err.println("formcoach import: " + file + " is not a FormCoach export (format: " + backup.format() + ")");
            return 2;
        }
        try (SessionStore store = SessionStore.open(dataDirOption.directory(), java.time.Clock.systemDefaultZone())) {
            if (!store.saving()) {
                err.println("formcoach import: " + store.problem());
                return 1;
            }
            Backup.Counts added = store.importAll(backup).join();
            spec.commandLine().getOut().println(file + ": added " + added.sessions() + " sessions, " + added.sets()
                    + " sets, " + added.journalEntries() + " journal entries");
            return 0;
        } catch (CompletionException e) {
            err.println("formcoach import: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            return 1;
        }
    }
}
