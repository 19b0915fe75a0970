package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws IOException {
        assertEquals(AppSettings.DEFAULT, AppSettings.load(dir));
        AppSettings changed = AppSettings.DEFAULT.withScreeningPassed(true).withMirrored(false).withMuted(true);
        changed.save(dir.resolve("sub"));
        assertEquals(changed, AppSettings.load(dir.resolve("sub")));
    }

    @Test
    void anUnwritableFolderIsReportedNotIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThrows(IOException.class, () -> AppSettings.DEFAULT.save(file));
    }
}
