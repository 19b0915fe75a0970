package org.formcoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.formcoach.capture.ImageFiles;
import org.opencv.core.Mat;

/** The real photographs under src/test/resources/photos (provenance in the README beside them). */
public final class TestPhotos {

    public static final Path DIR = Path.of("src", "test", "resources", "photos");

    private TestPhotos() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    /** Decoded BGR image; the caller releases it. */
    public static Mat read(String name) {
        try {
            return ImageFiles.read(path(name));
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
