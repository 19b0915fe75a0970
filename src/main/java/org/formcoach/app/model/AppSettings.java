package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;

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

    /** The settings in {@code dir}, or the defaults; a damaged file is set aside without a word (tests). */
    public static AppSettings load(Path dir) {
        return load(dir, notice -> { });
    }

    /**
     * The settings in {@code dir}, or the defaults when there are none. A damaged file (one that
     * cannot be read or parsed, holds binary data, or a setting that is neither true nor false) must
     * not keep the app from opening: it is renamed to {@code settings.properties.damaged-<time>} so
     * it can be looked at, {@code notice} gets one line saying so, and the defaults are used, which
     * means the safety questions are asked again.
     */
    public static AppSettings load(Path dir, Consumer<String> notice) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return DEFAULT;
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("it is not a regular file");
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new IOException("it holds binary data");
                }
            }
            Properties p = new Properties();
            p.load(new java.io.ByteArrayInputStream(bytes));
            return new AppSettings(flag(p, "screening.passed", false), flag(p, "mirror", true),
                    flag(p, "muted", false));
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            notice.accept("Your settings file " + file + " was damaged (" + why + "); " + setAside(file)
                    + " FormCoach starts with the default settings and asks the safety questions again.");
            return DEFAULT;
        }
    }

    private static boolean flag(Properties p, String key, boolean byDefault) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            return byDefault;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IOException(key + " is '" + value + "', not true or false");
        };
    }

    /** Renames a damaged settings file out of the way; says where it went. */
    private static String setAside(Path file) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path aside = file.resolveSibling(FILE + ".damaged-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "it was set aside as " + aside.getFileName() + ".";
        } catch (IOException e) {
            return "it could not be set aside (" + e.getMessage() + ").";
        }
    }

    /**
     * Writes the settings to {@code dir}, whole or not at all (a full disk never leaves a
     * half-written file behind).
     *
     * @throws IOException when the folder or file cannot be written
     */
    public void save(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("screening.passed", String.valueOf(screeningPassed));
        p.setProperty("mirror", String.valueOf(mirrored));
        p.setProperty("muted", String.valueOf(muted));
        try (OutputFile file = OutputFile.forText(dir.resolve(FILE))) {
            file.write(out -> p.store(out, "FormCoach settings"));
        } catch (OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
