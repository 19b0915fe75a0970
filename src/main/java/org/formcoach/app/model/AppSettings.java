package org.formcoach.app.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the app remembers between runs, in {@code settings.properties} under the user's FormCoach
 * folder: whether the safety questions were answered with all "no", mirror and sound choices.
 *
 * @param screeningPassed the red-flag questions were answered, all "no"
 * @param mirrored        the camera image is shown mirrored
 * @param muted           sounds are off
 */
public record AppSettings(boolean screeningPassed, boolean mirrored, boolean muted) {

    public static final AppSettings DEFAULT = new AppSettings(false, true, false);
    public static final String FILE = "settings.properties";

    public AppSettings withScreeningPassed(boolean v) {
        return new AppSettings(v, mirrored, muted);
    }

    public AppSettings withMirrored(boolean v) {
        return new AppSettings(screeningPassed, v, muted);
    }

    public AppSettings withMuted(boolean v) {
        return new AppSettings(screeningPassed, mirrored, v);
    }

    /** The settings in {@code dir}, or the defaults when there are none or they cannot be read. */
    public static AppSettings load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return DEFAULT;
        }
        return new AppSettings(Boolean.parseBoolean(p.getProperty("screening.passed", "false")),
                Boolean.parseBoolean(p.getProperty("mirror", "true")),
                Boolean.parseBoolean(p.getProperty("muted", "false")));
    }

    /**
     * Writes the settings to {@code dir} (through a temporary file, so a full disk never leaves a
     * half-written file behind).
     *
     * @throws IOException when the folder or file cannot be written
     */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("screening.passed", String.valueOf(screeningPassed));
        p.setProperty("mirror", String.valueOf(mirrored));
        p.setProperty("muted", String.valueOf(muted));
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "FormCoach settings");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
