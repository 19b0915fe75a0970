package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.formcoach.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theOldSettingsFileIsTakenOverOnceAndLeftInPlace() throws Exception {
        Path legacy = dir.resolve("home/.formcoach");
        new AppSettings(true, false, true).save(legacy);
        try (SessionStore store = SessionStore.open(dir.resolve("data"), Clock.systemUTC())) {
            StoredSettings settings = new StoredSettings(store, legacy);
            assertEquals(new AppSettings(true, false, true), settings.load(), "taken over");
            assertEquals(legacy.resolve(AppSettings.FILE).toString(), store.settings().get(StoredSettings.MIGRATED));
            assertTrue(Files.exists(legacy.resolve(AppSettings.FILE)), "the old file stays");

            new AppSettings(false, true, false).save(legacy);  // an old FormCoach writes the file again
            assertEquals(new AppSettings(true, false, true), settings.load(), "taken over once only");
            settings.save(new AppSettings(true, true, false));
            assertEquals(new AppSettings(true, true, false), new StoredSettings(store, legacy).load());
            assertFalse(AppSettings.load(legacy).screeningPassed(), "the database is written, not the file");
        }
    }

    @Test
    void withoutAnOldFileTheDefaultsAreKept() {
        try (SessionStore store = SessionStore.open(dir.resolve("data"), Clock.systemUTC())) {
            assertEquals(AppSettings.DEFAULT, new StoredSettings(store, dir.resolve("none")).load());
            assertEquals("", store.settings().get(StoredSettings.MIGRATED));
        }
    }
}
