package org.formcoach.app.model;

import java.io.IOException;
import java.nio.file.Path;

/** Where {@link AppSettings} are remembered between runs. */
public interface SettingsStore {

    /** The remembered settings, or the defaults. */
    AppSettings load();

    /** @throws IOException when they cannot be written (the message is for the user) */
    void save(AppSettings settings) throws IOException;

    /** What the user should be told about loading them (a damaged file set aside), or null. */
    default String notice() {
        return null;
    }

    /** {@code settings.properties} in {@code dir}. */
    static SettingsStore inFolder(Path dir) {
        return new SettingsStore() {
            private String notice;

            @Override
            public AppSettings load() {
                return AppSettings.load(dir, n -> notice = n);
            }

            @Override
            public String notice() {
                return notice;
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
