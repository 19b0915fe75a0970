package org.formcoach.cli;

import java.nio.file.Path;
import org.formcoach.session.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data-dir DIR} option: where the history, journal, ladder and settings are kept. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of FormCoach's database (default: the platform's user data folder, e.g."
                    + " ~/.local/share/formcoach on Linux).")
    Path dir;

    Path directory() {
        return dir != null ? dir : DataFolder.platformDefault();
    }
}
