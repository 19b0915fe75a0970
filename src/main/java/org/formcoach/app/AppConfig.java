package org.formcoach.app;

import java.nio.file.Path;
import java.time.Duration;
import org.formcoach.pose.MoveNetModel;

/**
 * How the window starts.
 *
 * @param routinesDir   where exercises and routines are read from
 * @param settingsDir   where settings are remembered (e.g. ~/.formcoach)
 * @param source        what to watch first (camera index, /dev/videoN, a file), or null for the first camera
 * @param program       the routine or exercise id to select first, or null for the app's choice
 * @param model         the pose model to start with
 * @param askSafety     ask the red-flag questions before the first session (off for screenshots)
 * @param autoStart     start coaching as soon as the window opens
 * @param deskResetEvery how often desk mode reminds the office reset
 * @param dataDir        where the history, journal, ladder and settings are kept (the SQLite file)
 * @param demo           play the sample clip first ({@code --demo}) instead of {@code source} and {@code program}
 */
public record AppConfig(Path routinesDir, Path settingsDir, String source, String program, MoveNetModel model,
        boolean askSafety, boolean autoStart, Duration deskResetEvery, Path dataDir, boolean demo) {

    /** A start without the demo. */
    public AppConfig(Path routinesDir, Path settingsDir, String source, String program, MoveNetModel model,
            boolean askSafety, boolean autoStart, Duration deskResetEvery, Path dataDir) {
        this(routinesDir, settingsDir, source, program, model, askSafety, autoStart, deskResetEvery, dataDir, false);
    }

    /** The user's FormCoach folder: {@code ~/.formcoach} (where settings.properties used to be kept). */
    public static Path defaultSettingsDir() {
        return Path.of(System.getProperty("user.home"), ".formcoach");
    }
}
