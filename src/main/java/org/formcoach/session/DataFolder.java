package org.formcoach.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where FormCoach keeps its data: the platform's folder for per-user application data, or the
 * folder given with {@code --data-dir}.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** The folder for this user on this computer. */
    public static Path platformDefault() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/formcoach}, else {@code ~/.local/share/formcoach};
     * Windows: {@code %APPDATA%\FormCoach}; macOS: {@code ~/Library/Application Support/FormCoach}.
     */
    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData)).resolve("FormCoach");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FormCoach");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec: a relative path is invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("formcoach");
    }
}
