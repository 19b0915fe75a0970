package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.formcoach.session.SessionStore;

/**
 * The settings in the database. The first time, the old {@code settings.properties} of the
 * FormCoach folder is taken over (and left where it is); when the database cannot be used, that
 * file is read and written as before, so the safety answers are not asked again for nothing.
 */
public final class StoredSettings implements SettingsStore {

    static final String MIGRATED = "migrated-from";
    private static final String WINDOW = "window.";

    private final SessionStore store;
    private final Path legacyDir;
    private String notice;

    public StoredSettings(SessionStore store, Path legacyDir) {
        this.store = store;
        this.legacyDir = legacyDir;
    }

    @Override
    public AppSettings load() {
        if (!store.saving()) {
            return AppSettings.load(legacyDir, n -> notice = n);
        }
        Map<String, String> kept = store.settings();
        if (kept.isEmpty()) {
            Path legacy = legacyDir.resolve(AppSettings.FILE);
            AppSettings old = AppSettings.load(legacyDir, n -> notice = n);
            Map<String, String> values = values(old);
            values.put(MIGRATED, Files.isRegularFile(legacy) ? legacy.toString() : "");
            store.putSettings(values).join();
            return old;
        }
        return new AppSettings(Boolean.parseBoolean(kept.getOrDefault("screening.passed", "false")),
                Boolean.parseBoolean(kept.getOrDefault("mirror", "true")),
                Boolean.parseBoolean(kept.getOrDefault("muted", "false")));
    }

    @Override
    public String notice() {
        return notice;
    }

    @Override
    public void save(AppSettings settings) throws IOException {
        if (!store.saving()) {
            settings.save(legacyDir);
            return;
        }
        if (!store.putSettings(values(settings)).join()) {
            throw new IOException(String.valueOf(store.problem()));
        }
    }

    private static Map<String, String> values(AppSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("screening.passed", String.valueOf(s.screeningPassed()));
        v.put("mirror", String.valueOf(s.mirrored()));
        v.put("muted", String.valueOf(s.muted()));
        return v;
    }

    /** Where the main window was when it was last closed, if that is known. */
    public Optional<WindowPlace> windowPlace() {
        if (!store.saving()) {
            return Optional.empty();
        }
        Map<String, String> kept = store.settings();
        try {
            return Optional.of(new WindowPlace(Double.parseDouble(kept.get(WINDOW + "x")),
                    Double.parseDouble(kept.get(WINDOW + "y")), Double.parseDouble(kept.get(WINDOW + "width")),
                    Double.parseDouble(kept.get(WINDOW + "height")),
                    Boolean.parseBoolean(kept.get(WINDOW + "maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();  // never kept, or not numbers: the window opens in its default place
        }
    }

    /**
     * Remembers where the main window is, for the next start. Not kept when the database cannot be
     * used (the window then opens in its default place).
     */
    public void saveWindowPlace(WindowPlace place) {
        if (!store.saving()) {
            return;
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put(WINDOW + "x", String.valueOf(place.x()));
        v.put(WINDOW + "y", String.valueOf(place.y()));
        v.put(WINDOW + "width", String.valueOf(place.width()));
        v.put(WINDOW + "height", String.valueOf(place.height()));
        v.put(WINDOW + "maximized", String.valueOf(place.maximized()));
        store.putSettings(v).join();
    }

    @Override
    public String toString() {
        return store.file().map(Path::toString).orElse(legacyDir.toString());
    }
}
