package org.formcoach.pose;

import ai.djl.util.Platform;
import ai.djl.util.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * libtorch, the PyTorch runtime the model runs on: about 430 MB of native libraries that ship inside
 * a jar and are unpacked once into DJL's cache folder ({@code ~/.djl.ai/pytorch/<version>-<flavor>-
 * <platform>/}, or under {@code DJL_CACHE_DIR}), where DJL loads them from.
 *
 * <p>FormCoach unpacks them itself, in DJL's layout (DJL then finds them there and only adds its
 * small JNI library), because DJL's own unpacking fails badly: a library cut short by an
 * interrupted copy or a full disk crashes the Java runtime when it is loaded (SIGBUS), a full disk
 * is reported as a broken model file, and a stopped first run leaves a few hundred megabytes of
 * temporary folder behind. Here:
 * <ul>
 *   <li>the free space is checked before anything is copied;</li>
 *   <li>the libraries go into a temporary folder that becomes the cache folder in one rename when it
 *       is complete, and is deleted when the copy fails or the process is stopped (Ctrl-C, SIGTERM);
 *       the leftover of a process that was killed outright is deleted on the next start;</li>
 *   <li>a cache folder that is already there is checked (every library present, each of the size
 *       it has in the jar) before anything in it is loaded, and a bad one is reported with its
 *       folder and the fix: delete it and it is unpacked again.</li>
 * </ul>
 */
public final class LibTorchCache {

    /** Temporary folders of this class start so; the process id follows, to tell a live copy from a leftover. */
    static final String UNPACK_PREFIX = ".formcoach-unpack-";
    /** DJL's own temporary folders ({@code tmp} + digits), left by a stopped unpack before FormCoach did it. */
    private static final String DJL_TEMP_PREFIX = "tmp";
    /** DJL's temporary folders older than this are leftovers: an unpack takes seconds. */
    private static final Duration DJL_TEMP_AGE = Duration.ofHours(1);
    /** Room kept free beyond the libraries themselves. */
    private static final long SPARE_BYTES = 50L * 1024 * 1024;
    /** The library whose presence tells DJL that the folder is unpacked. */
    static final String MARKER = System.mapLibraryName("torch");

    /** A file to be in the cache folder: its name, where the jar has it, and its size there. */
    record Library(String name, URL source, long size) {
    }

    private final Path cacheDir;
    private final Path folder;
    private final List<Library> libraries;
    private final Optional<Library> jni;
    private final ToLongFunction<Path> usableSpace;

    LibTorchCache(Path cacheDir, String folderName, List<Library> libraries, Optional<Library> jni,
            ToLongFunction<Path> usableSpace) {
        this.cacheDir = cacheDir;
        this.folder = cacheDir.resolve(folderName);
        this.libraries = List.copyOf(libraries);
        this.jni = jni;
        this.usableSpace = usableSpace;
    }

    /**
     * The cache as DJL will look for it, with the libraries of the native jar on the class path; empty
     * when there is no such jar (DJL then reports what is missing itself).
     */
    static Optional<LibTorchCache> system() {
        Platform platform = Platform.detectPlatform("pytorch");
        if (platform.isPlaceholder()) {
            return Optional.empty();
        }
        String flavor = platform.getFlavor();
        String classifier = platform.getClassifier();
        ClassLoader loader = LibTorchCache.class.getClassLoader();
        List<Library> libraries = new ArrayList<>();
        for (String name : platform.getLibraries()) {
            URL source = loader.getResource("pytorch/" + flavor + "/" + classifier + "/" + name);
            if (source == null) {
                return Optional.empty();  // a layout this class does not know: DJL unpacks it itself
            }
            libraries.add(new Library(name, source, sizeOf(source)));
        }
        String jniName = System.mapLibraryName("djl_torch");
        URL jniSource = loader.getResource("jnilib/" + classifier + "/" + flavor + "/" + jniName);
        Optional<Library> jni = jniSource == null ? Optional.empty()
                : Optional.of(new Library(jniName, jniSource, sizeOf(jniSource)));
        // DJL marks the libraries of PyTorch 1.9 and older, built for the old C++ ABI, in the folder name
        if (!flavor.endsWith("-precxx11") && Arrays.asList(platform.getLibraries()).contains("libstdc++.so.6")) {
            flavor += "-precxx11";
        }
        String folderName = platform.getVersion() + "-" + flavor + "-" + classifier;
        return Optional.of(new LibTorchCache(Utils.getEngineCacheDir("pytorch"), folderName, libraries, jni,
                LibTorchCache::usableBytes));
    }

    /** The folder the libraries are (to be) unpacked into. */
    Path folder() {
        return folder;
    }

    /** The libraries unpacked into the folder (not DJL's JNI library, which DJL adds itself). */
    List<Library> libraries() {
        return libraries;
    }

    /**
     * Makes sure the libraries are in the cache folder, complete: checks them when they are there,
     * unpacks them when they are not.
     *
     * @throws RuntimeLoadException naming the folder and the fix when the cache is damaged or
     *                              incomplete, or the libraries cannot be unpacked (too little space)
     */
    void prepare() {
        if (Files.exists(folder.resolve(MARKER))) {
            verify();
            return;
        }
        removeLeftovers();
        unpack();
    }

    /** Every library there with the size it has in the jar; the JNI library too once DJL has added it. */
    private void verify() {
        List<Library> expected = new ArrayList<>(libraries);
        jni.ifPresent(j -> {
            try (Stream<Path> files = Files.list(folder)) {
                // DJL names its JNI library after its own version: <version>-libdjl_torch.so
                files.filter(f -> f.getFileName().toString().endsWith("-" + j.name()))
                        .forEach(f -> expected.add(new Library(f.getFileName().toString(), j.source(), j.size())));
            } catch (IOException e) {
                throw damaged("its files cannot be listed (" + e.getMessage() + ")", e);
            }
        });
        for (Library library : expected) {
            Path file = folder.resolve(library.name());
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException e) {
                throw damaged(library.name() + " is missing", e);
            } catch (IOException e) {
                throw damaged(library.name() + " cannot be read (" + e.getMessage() + ")", e);
            }
            if (size != library.size()) {
                throw damaged(String.format(Locale.ROOT, "%s has %,d bytes instead of %,d", library.name(), size,
                        library.size()), null);
            }
        }
    }

    private RuntimeLoadException damaged(String what, Throwable cause) {
        return new RuntimeLoadException("The PyTorch runtime in " + folder + " is damaged or incomplete (" + what
                + "): delete that folder and start FormCoach again; it is unpacked anew from FormCoach's own files.",
                cause);
    }

    private void unpack() {
        long needed = libraries.stream().mapToLong(Library::size).sum();
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw cannotUnpack(e, needed);
        }
        long free = usableSpace.applyAsLong(cacheDir);
        if (free < needed + SPARE_BYTES) {
            throw new RuntimeLoadException(String.format(Locale.ROOT, "Unpacking the PyTorch runtime needs %s free"
                    + " in %s, but only %s are free: free some space there, or set DJL_CACHE_DIR to a folder on a"
                    + " disk with room.", megabytes(needed + SPARE_BYTES), cacheDir, megabytes(free)));
        }
        System.err.println("formcoach: unpacking the PyTorch runtime into " + folder + " (once, "
                + megabytes(needed) + ")...");
        Path temp = cacheDir.resolve(UNPACK_PREFIX + ProcessHandle.current().pid());
        Thread cleanup = new Thread(() -> deleteTree(temp), "unpack cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);  // Ctrl-C or SIGTERM while copying
        try {
            deleteTree(temp);
            Files.createDirectory(temp);
            for (Library library : libraries) {
                try (InputStream in = library.source().openStream()) {
                    Files.copy(in, temp.resolve(library.name()));
                }
            }
            moveIntoPlace(temp);
        } catch (IOException | UncheckedIOException e) {
            if (Files.exists(folder.resolve(MARKER))) {
                verify();  // another FormCoach unpacked them at the same moment
                return;
            }
            throw cannotUnpack(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e, needed);
        } finally {
            deleteTree(temp);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is deleting the temporary folder
            }
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, folder);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // a folder without the marker library: what an older, interrupted unpack left
            deleteTree(folder);
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private RuntimeLoadException cannotUnpack(IOException e, long needed) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new RuntimeLoadException("Cannot unpack the PyTorch runtime into " + cacheDir + " (" + reason
                + "); it needs " + megabytes(needed + SPARE_BYTES) + " there: free some space or make the folder"
                + " writable, or set DJL_CACHE_DIR to another folder.", e);
    }

    /**
     * Deletes temporary folders that stopped runs left: this class's whose process has ended, and
     * DJL's own older than an hour.
     */
    private void removeLeftovers() {
        if (!Files.isDirectory(cacheDir)) {
            return;
        }
        Instant staleBefore = Instant.now().minus(DJL_TEMP_AGE);
        try (Stream<Path> entries = Files.list(cacheDir)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                String name = entry.getFileName().toString();
                boolean ours = name.startsWith(UNPACK_PREFIX) && !isRunning(name.substring(UNPACK_PREFIX.length()));
                boolean djls = name.matches(DJL_TEMP_PREFIX + "\\d+")
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(staleBefore);
                if (ours || djls) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // leftovers only cost space; the unpack itself reports what matters
        }
    }

    private static boolean isRunning(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void deleteTree(Path root) {
        // a few rounds: while a stopped copy is still ending, a file can appear after its folder was listed
        for (int round = 0; round < 5 && Files.exists(root); round++) {
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // try again
            }
        }
    }

    private static long sizeOf(URL resource) {
        try {
            URLConnection connection = resource.openConnection();
            return connection.getContentLengthLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usableBytes(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;  // unknown: the copy itself will say if space runs out
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
