package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    void aDamagedFileIsSetAsideSaidAndTheDefaultsAreUsed() throws IOException {
        String[] damaged = {
            "screening.passed=true\nmirror=\\u00zz\n",   // a broken \\u escape: Properties.load throws
            "screening.passed=maybe\nmirror=false\n",      // not a yes or no
            "screening.passed=true\n\0\0\0\0\0\0\0\0",      // zeros where a crash cut the file
        };
        for (int i = 0; i < damaged.length; i++) {
            String content = damaged[i];
            Path folder = Files.createDirectories(dir.resolve("case" + i));  // one folder per case
            Path file = Files.writeString(folder.resolve("settings.properties"), content);
            List<String> notices = new ArrayList<>();
            assertEquals(AppSettings.DEFAULT, AppSettings.load(folder, notices::add), content);
            assertEquals(1, notices.size());
            String notice = notices.get(0);
            assertTrue(notice.startsWith("Your settings file " + file + " was damaged ("), notice);
            assertTrue(notice.contains("it was set aside as settings.properties.damaged-"), notice);
            assertTrue(notice.endsWith("FormCoach starts with the default settings and asks the safety questions"
                    + " again."), notice);
            assertFalse(Files.exists(file));
            try (Stream<Path> files = Files.list(folder)) {
                Path aside = files.filter(f -> f.getFileName().toString().startsWith("settings.properties.damaged-"))
                        .findFirst().orElseThrow();
                assertEquals(content, Files.readString(aside), "kept as it was, to be looked at");
            }
            AppSettings.DEFAULT.withMuted(true).save(folder);
            assertEquals(AppSettings.DEFAULT.withMuted(true), AppSettings.load(folder, notices::add));
            assertEquals(1, notices.size(), "the new file is fine");
        }
    }

    @Test
    void missingAndUnknownSettingsAreNoDamage() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "muted=true\nfrom.a.newer.version=42\n");
        List<String> notices = new ArrayList<>();
        assertEquals(AppSettings.DEFAULT.withMuted(true), AppSettings.load(dir, notices::add));
        assertEquals(List.of(), notices);
    }

    @Test
    void anUnwritableFolderIsReportedNotIgnored() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThrows(IOException.class, () -> AppSettings.DEFAULT.save(file));
    }
}
