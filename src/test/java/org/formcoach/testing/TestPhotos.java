package org.formcoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.formcoach.capture.ImageFiles;
import org.opencv.core.Mat;

/**
 * The real photographs under src/test/resources/photos, every one showing people, and the scenes
 * with no one in them under src/test/resources/scenes (provenance in the README beside each).
 */
public final class TestPhotos {

    public static final Path DIR = Path.of("src", "test", "resources", "photos");
    public static final Path SCENES = Path.of("src", "test", "resources", "scenes");

    private TestPhotos() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    /** Decoded BGR image; the caller releases it. */
    public static Mat read(String name) {
        return decode(path(name));
    }

    /** A decoded scene with no one in it (BGR); the caller releases it. */
    public static Mat readScene(String name) {
        return decode(SCENES.resolve(name));
    }

    private static Mat decode(Path file) {
        try {
            return ImageFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png") || n.endsWith(".jpg"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
