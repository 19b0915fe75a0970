package org.formcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.formcoach.session.Backup;
import org.formcoach.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formcoach export FILE}: everything kept, as one JSON document. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything FormCoach keeps (sessions, sets and reps, desk alerts, the journal, the"
                + " ladder, settings) to FILE as one JSON document: a backup, or for a physiotherapist.",
            "The file is written whole or not at all. Exit code: 0, 1 when the database cannot be read or FILE"
                + " cannot be written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "where to write the JSON document")
    Path file;

    @Mixin
    DataDirOption dataDirOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Backup backup;
        try (SessionStore store = SessionStore.open(dataDirOption.directory(), java.time.Clock.systemDefaultZone())) {
            if (!store.saving()) {
                err.println("formcoach export: " + store.problem());
                return 1;
            }
            backup = store.export();
        }
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Backup.json().writeValue(tmp.toFile(), backup);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            err.println("formcoach export: cannot write " + file + " (" + oneLine(e) + ")");
            return 1;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
        spec.commandLine().getOut().println(file + ": " + backup.sessions().size() + " sessions, " + backup.sets().size()
                + " sets, " + backup.journal().size() + " journal entries");
        return 0;
    }

    static String oneLine(Exception e) {
        String m = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
