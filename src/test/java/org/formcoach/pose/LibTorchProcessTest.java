package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.formcoach.testing.FormCoachProcess;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged libtorch cache and a stopped first unpack, each met by a real {@code formcoach pose}
 * process whose cache folder ({@code -DENGINE_CACHE_DIR}) is made here.
 */
class LibTorchProcessTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private static String image() {
        return TestPhotos.path("astronaut.png").toAbsolutePath().toString();
    }

    /** The real cache folder's name and libraries, with their sizes; unpacked if this runs first. */
    private static LibTorchCache real() {
        LibTorchCache real = LibTorchCache.system().orElseThrow();
        real.prepare();
        return real;
    }

    private static void assertBlamesTheRuntimeNotTheModel(FormCoachProcess.Result r, Path folder) {
        assertEquals(1, r.exitCode(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("formcoach")).toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("formcoach pose: The PyTorch runtime in " + folder + " cannot be loaded ("), line);
        assertTrue(line.endsWith("delete the folder " + folder + " and start FormCoach again; it is unpacked anew"
                + " from FormCoach's own files."), line);
        assertFalse(r.err().contains("Model file") || r.err().contains("\tat "), r.err());
    }

    @Test
    void junkLibrariesOfTheRightSizeAreReportedWithTheirFolder() throws Exception {
        LibTorchCache real = real();
        Path folder = Files.createDirectories(dir.resolve("pytorch").resolve(real.folder().getFileName()));
        for (LibTorchCache.Library library : real.libraries()) {
            try (RandomAccessFile f = new RandomAccessFile(folder.resolve(library.name()).toFile(), "rw")) {
                f.setLength(library.size());  // zeros: what a disk error or a cleaning tool can leave
            }
        }
        FormCoachProcess.Result r = new FormCoachProcess().option("-DENGINE_CACHE_DIR=" + dir)
                .run(dir.resolve("logs"), TIMEOUT, "pose", image());
        assertBlamesTheRuntimeNotTheModel(r, folder);
    }

    @Test
    void aJunkJniLibraryIsReportedWithItsFolder() throws Exception {
        LibTorchCache real = real();
        Path folder = Files.createDirectories(dir.resolve("pytorch").resolve(real.folder().getFileName()));
        for (LibTorchCache.Library library : real.libraries()) {
            Files.createSymbolicLink(folder.resolve(library.name()), real.folder().resolve(library.name()));
        }
        try (Stream<Path> files = Files.list(real.folder())) {
            Path jni = files.filter(f -> f.getFileName().toString().endsWith(System.mapLibraryName("djl_torch")))
                    .findFirst().orElseThrow();
            byte[] junk = new byte[(int) Files.size(jni)];
            new java.util.Random(7).nextBytes(junk);
            Files.write(folder.resolve(jni.getFileName()), junk);
        }
        FormCoachProcess.Result r = new FormCoachProcess().option("-DENGINE_CACHE_DIR=" + dir)
                .run(dir.resolve("logs"), TIMEOUT, "pose", image());
        assertBlamesTheRuntimeNotTheModel(r, folder);
    }

    @Test
    void aFirstUnpackStoppedByCtrlCLeavesNoTemporaryFolder() throws Exception {
        Path cacheDir = dir.resolve("pytorch");
        Process process = new FormCoachProcess().option("-DENGINE_CACHE_DIR=" + dir)
                .start(dir.resolve("logs"), "pose", image());
        // wait until the copy is well under way: tens of megabytes in the temporary folder
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long copied = 0;
        while (copied < 30_000_000 && System.nanoTime() < deadline && process.isAlive()) {
            copied = bytesUnder(cacheDir, LibTorchCache.UNPACK_PREFIX);
            Thread.sleep(20);
        }
        assertTrue(copied >= 30_000_000, "the unpack was seen under way: " + copied + " bytes; "
                + FormCoachProcess.read(dir.resolve("logs/stderr.txt")));
        FormCoachProcess.signal(process, "INT");
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        assertEquals(130, process.exitValue());
        try (Stream<Path> left = Files.list(cacheDir)) {
            assertEquals(List.of(), left.toList(), "neither a temporary nor a half-filled cache folder");
        }
    }

    private static long bytesUnder(Path cacheDir, String prefix) throws Exception {
        if (!Files.isDirectory(cacheDir)) {
            return 0;
        }
        long total = 0;
        try (Stream<Path> tree = Files.walk(cacheDir)) {
            for (Path p : tree.filter(Files::isRegularFile).toList()) {
                if (p.getParent().getFileName().toString().startsWith(prefix)) {
                    try {
                        total += Files.size(p);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // deleted between the listing and the size
                    }
                }
            }
        } catch (java.io.UncheckedIOException moving) {
            // the folder changed while walked; look again
        }
        return total;
    }
}
