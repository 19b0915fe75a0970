package org.formcoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void eachPlatformHasItsOwnPlaceForUserData() {
        assertEquals(Path.of("/home/ana/.local/share/formcoach"), DataFolder.resolve(Map.of(), "Linux", "/home/ana"));
        assertEquals(Path.of("/data/ana/formcoach"),
                DataFolder.resolve(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", "/home/ana"));
        assertEquals(Path.of("/home/ana/.local/share/formcoach"),
                DataFolder.resolve(Map.of("XDG_DATA_HOME", "relative/path"), "Linux", "/home/ana"),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
        assertEquals(Path.of("/Users/ana/Library/Application Support/FormCoach"),
                DataFolder.resolve(Map.of(), "Mac OS X", "/Users/ana"));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("FormCoach"),
                DataFolder.resolve(Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ana"));
    }
}
