package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacking and checking of libtorch's cache folder, on real folders: with small stand-in
 * libraries where only the file handling matters, and with the real library list and sizes where
 * the check of a damaged cache does.
 */
class LibTorchCacheTest {

    @TempDir
    Path dir;

    /** Two small real files standing in for the libraries, the first named as the marker DJL looks for. */
    private static List<LibTorchCache.Library> standIns() throws IOException {
        Path a = TestPhotos.path("astronaut.png");
        Path b = TestPhotos.path("grace_hopper.jpg");
        return List.of(new LibTorchCache.Library(LibTorchCache.MARKER, a.toUri().toURL(), Files.size(a)),
                new LibTorchCache.Library("libc10.so", b.toUri().toURL(), Files.size(b)));
    }

    private LibTorchCache cache(Path cacheDir, List<LibTorchCache.Library> libraries, long freeBytes) {
        return new LibTorchCache(cacheDir, "2.7.1-cpu-linux-x86_64", libraries, Optional.empty(), p -> freeBytes);
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLibrariesAreUnpackedWholeIntoTheFolderDjlLooksIn() throws Exception {
        LibTorchCache cache = cache(dir.resolve("pytorch"), standIns(), Long.MAX_VALUE);
        cache.prepare();
        assertEquals(List.of("2.7.1-cpu-linux-x86_64"), namesIn(dir.resolve("pytorch")), "no temporary folder stays");
        assertEquals(List.of(LibTorchCache.MARKER, "libc10.so").stream().sorted().toList(), namesIn(cache.folder()));
        assertEquals(Files.size(TestPhotos.path("grace_hopper.jpg")), Files.size(cache.folder().resolve("libc10.so")));
        cache.prepare();  // the second time it is only checked
    }

    @Test
    void anIncompleteCacheIsNamedWithItsFolderAndTheFix() throws Exception {
        LibTorchCache cache = cache(dir.resolve("pytorch"), standIns(), Long.MAX_VALUE);
        cache.prepare();
        Path library = cache.folder().resolve("libc10.so");
        Files.write(library, new byte[1000]);  // cut short, as by a full disk or a stopped copy
        RuntimeLoadException cut = assertThrows(RuntimeLoadException.class, cache::prepare);
        assertEquals("The PyTorch runtime in " + cache.folder() + " is damaged or incomplete (libc10.so has 1,000 bytes"
                + " instead of " + String.format("%,d", Files.size(TestPhotos.path("grace_hopper.jpg"))) + "): delete"
                + " that folder and start FormCoach again; it is unpacked anew from FormCoach's own files.",
                cut.getMessage());
        Files.delete(library);
        RuntimeLoadException missing = assertThrows(RuntimeLoadException.class, cache::prepare);
        assertTrue(missing.getMessage().contains("(libc10.so is missing)"), missing.getMessage());
    }

    @Test
    void theRealLibrariesAreCheckedBySizeBeforeAnyIsLoaded() throws Exception {
        LibTorchCache real = LibTorchCache.system().orElseThrow();
        real.prepare();  // the cache the tests run on is complete
        // the same libraries in another cache folder, each of its size but one (files with holes: no disk used)
        LibTorchCache copy = new LibTorchCache(dir, real.folder().getFileName().toString(),
                real.libraries(), Optional.empty(), p -> Long.MAX_VALUE);
        Files.createDirectories(copy.folder());
        LibTorchCache.Library cut = null;
        for (LibTorchCache.Library library : real.libraries()) {
            boolean shorten = library.size() > 100_000_000;  // libtorch_cpu, the one a stopped copy cuts
            try (RandomAccessFile f = new RandomAccessFile(copy.folder().resolve(library.name()).toFile(), "rw")) {
                f.setLength(shorten ? library.size() / 3 : library.size());
            }
            cut = shorten ? library : cut;
        }
        RuntimeLoadException e = assertThrows(RuntimeLoadException.class, copy::prepare);
        assertTrue(e.getMessage().startsWith("The PyTorch runtime in " + copy.folder() + " is damaged or incomplete ("
                + cut.name() + " has "), e.getMessage());
    }

    @Test
    void tooLittleSpaceIsSaidBeforeAnythingIsCopied() throws Exception {
        Path cacheDir = dir.resolve("pytorch");
        LibTorchCache cache = cache(cacheDir, standIns(), 10L * 1024 * 1024);
        RuntimeLoadException e = assertThrows(RuntimeLoadException.class, cache::prepare);
        assertTrue(e.getMessage().startsWith("Unpacking the PyTorch runtime needs "), e.getMessage());
        assertTrue(e.getMessage().contains(" free in " + cacheDir + ", but only 10 MB are free: free some space"
                + " there, or set DJL_CACHE_DIR to a folder on a disk with room."), e.getMessage());
        assertEquals(List.of(), namesIn(cacheDir), "nothing was copied");
    }

    @Test
    void whatStoppedRunsLeftIsRemovedBeforeUnpacking() throws Exception {
        Path cacheDir = Files.createDirectories(dir.resolve("pytorch"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path ours = Files.createDirectories(cacheDir.resolve(LibTorchCache.UNPACK_PREFIX + ended.pid()));
        Files.write(ours.resolve("libtorch_cpu.so"), new byte[4096]);
        Path djlsOld = Files.createDirectories(cacheDir.resolve("tmp4711081512"));
        Files.write(djlsOld.resolve("libtorch_cpu.so"), new byte[4096]);
        Files.setLastModifiedTime(djlsOld, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path djlsNow = Files.createDirectories(cacheDir.resolve("tmp4711081513"));  // maybe another app, now
        Path unrelated = Files.createDirectories(cacheDir.resolve("2.5.1-cpu-linux-x86_64"));
        cache(cacheDir, standIns(), Long.MAX_VALUE).prepare();
        assertFalse(Files.exists(ours), "the folder of a process that ended");
        assertFalse(Files.exists(djlsOld), "DJL's own, hours old");
        assertTrue(Files.exists(djlsNow) && Files.exists(unrelated));
    }
}
