package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Path;

/** Where {@link AppSettings} are remembered between runs. */
public interface SettingsStore {

    /** The remembered settings, or the defaults. */
    AppSettings load();

    /** @throws IOException when they cannot be written (the message is for the user) */
    void save(AppSettings settings) throws IOException;

    /** {@code settings.properties} in {@code dir}. */
    static SettingsStore inFolder(Path dir) {
        return new SettingsStore() {
            @Override
            public AppSettings load() {
                return AppSettings.load(dir);
            }

            @Override
            public void save(AppSettings settings) throws IOException {
                settings.save(dir);
            }

            @Override
            public String toString() {
                return dir.toString();
            }
        };
    }
}
