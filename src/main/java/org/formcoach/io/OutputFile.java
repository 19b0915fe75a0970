package org.formcoach.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file FormCoach is about to write: reports, annotated videos, pictures. Every file FormCoach
 * writes goes through this class, for two promises:
 * <ul>
 *   <li><b>Checked before the work starts.</b> {@link #forText} and {@link #forFile} fail at once
 *       for a folder, a wrong extension, a read-only place or a full disk (a small probe file is
 *       written and flushed in the target's folder), so a long analysis never ends in "cannot
 *       write".</li>
 *   <li><b>Written whole or not at all.</b> The content goes to a temporary file in the same folder,
 *       is flushed to the disk and then renamed over the target in one step: a file already there
 *       is only ever replaced by a complete new one, and a failed write leaves it untouched.</li>
 * </ul>
 * A device or pipe given as target ({@code /dev/stdout}, a named pipe) cannot be replaced; text is
 * written to it directly, and {@link #forText} probes it with a newline (blank space that JSON and
 * text readers skip), so a device that takes no data, such as {@code /dev/full}, is found at once.
 */
public final class OutputFile implements AutoCloseable {

    /** Bytes written and flushed in the target's folder to learn whether the disk takes data. */
    private static final int PROBE_BYTES = 4096;

    private final Path path;
    private final Path target;
    private OutputStream device;

    private OutputFile(Path path, Path target, OutputStream device) {
        this.path = path;
        this.target = target;
        this.device = device;
    }

    /** Writes content to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A text document (a JSON report): a regular file, or a device or pipe that is written directly.
     *
     * @throws OutputException when {@code path} cannot be written; the message names it and the fix
     */
    public static OutputFile forText(Path path) throws OutputException {
        refuseFolder(path);
        if (isDevice(path)) {
            return new OutputFile(path, path, openDevice(path));
        }
        return regular(path);
    }

    /**
     * A file in a format that needs a real file (a video, an image), whose name must end in one of
     * {@code extensions} (lower case, without the dot).
     *
     * @throws OutputException when {@code path} cannot be written; the message names it and the fix
     */
    public static OutputFile forFile(Path path, List<String> extensions) throws OutputException {
        refuseFolder(path);
        String extension = extension(path);
        if (!extensions.contains(extension)) {
            List<String> dotted = extensions.stream().map(e -> "." + e).toList();
            String choices = dotted.size() == 1 ? dotted.get(0)
                    : String.join(", ", dotted.subList(0, dotted.size() - 1)) + " or " + dotted.get(dotted.size() - 1);
            throw OutputException.badTarget(path + ": give a file name ending in " + choices, null);
        }
        if (isDevice(path)) {
            throw OutputException.badTarget(path + " is a device or pipe, not a file; give a file name", null);
        }
        return regular(path);
    }

    /** The path as the user gave it. */
    public Path path() {
        return path;
    }

    /** Writes {@code text} (UTF-8) as the whole content. */
    public void writeString(String text) throws OutputException {
        write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the whole content; a file already at the path is replaced only when all of it was written. */
    public void write(Content content) throws OutputException {
        if (device != null) {
            try (OutputStream out = device) {
                device = null;
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw OutputException.writeFailed("cannot write to " + path + " (" + reason(e) + ")", e);
            }
            return;
        }
        try (Staged staged = stage()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged.path(),
                    StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            } catch (IOException e) {
                throw failure(e);
            }
            staged.commit();
        }
    }

    /**
     * A temporary file beside the target, for writers that need a path of their own (OpenCV's video
     * writer, ImageIO): write it, then {@link Staged#commit()} puts it in place; closing an
     * uncommitted one deletes it and leaves the target as it was.
     */
    public Staged stage() throws OutputException {
        if (device != null) {
            throw new IllegalStateException(path + " is a device; write(...) it directly");
        }
        try {
            return new Staged(createSibling(target, "tmp"));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Closes a device opened by the check and never written to. */
    @Override
    public void close() {
        if (device != null) {
            try {
                device.close();
            } catch (IOException e) {
                // nothing was written to it
            }
            device = null;
        }
    }

    /** A temporary file that becomes the target on {@link #commit()}. */
    public final class Staged implements AutoCloseable {
        private final Path temp;
        private boolean committed;

        private Staged(Path temp) {
            this.temp = temp;
        }

        /** Where to write; its name ends in the target's extension, which some writers look at. */
        public Path path() {
            return temp;
        }

        /**
         * Flushes the temporary file to the disk and renames it over the target in one step.
         *
         * @throws OutputException when the file is empty or cannot be flushed or renamed; the target
         *                         is then unchanged
         */
        public void commit() throws OutputException {
            try {
                if (Files.size(temp) == 0) {
                    throw OutputException.writeFailed("cannot write " + path + " (nothing could be written)", null);
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);  // on the disk before the rename makes it the file
                }
                keepPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is all that is left; the target is untouched
                }
            }
        }
    }

    // ---- the checks ---------------------------------------------------------------------------

    private static void refuseFolder(Path path) throws OutputException {
        if (path.toString().isEmpty()) {
            throw OutputException.badTarget("an empty file name was given", null);
        }
        if (Files.isDirectory(path)) {
            throw OutputException.badTarget(path + " is a folder; give the name of a file to write", null);
        }
    }

    /** Something that exists and is neither a regular file nor a folder: a device, a pipe, a socket. */
    private static boolean isDevice(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    private static OutputStream openDevice(Path path) throws OutputException {
        OutputStream out;
        try {
            out = Files.newOutputStream(path, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputException.badTarget("cannot write to " + path + " (" + reason(e) + ")", e);
        }
        try {
            out.write('\n');
            out.flush();
            return out;
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the write failed already; that is what is reported
            }
            throw OutputException.writeFailed("cannot write to " + path + " (" + reason(e) + ")", e);
        }
    }

    /** A regular file, or one to be created: its folder exists (or is made) and takes a flushed probe. */
    private static OutputFile regular(Path path) throws OutputException {
        Path target;
        try {
            // a symbolic link stays a link: the file it points to is the one replaced
            target = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath();
        } catch (IOException e) {
            throw OutputException.badTarget("cannot write " + path + " (" + reason(e) + ")", e);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw OutputException.badTarget(path + " is read-only; give another name or make it writable", null);
        }
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputException.badTarget("cannot create the folder " + folder + " for " + path + " ("
                    + reason(e) + ")", e);
        }
        Path probe = null;
        try {
            probe = createSibling(target, "probe");
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.allocate(PROBE_BYTES));
                channel.force(true);
            }
        } catch (IOException e) {
            throw failure(path, folder, e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a stray probe file; the write check itself succeeded or was reported
                }
            }
        }
        return new OutputFile(path, target, null);
    }

    /** A new, empty file next to {@code target}: hidden, named after it, with the same extension. */
    private static Path createSibling(Path target, String purpose) throws IOException {
        String name = target.getFileName().toString();
        String extension = extension(target);
        String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        while (true) {
            String random = Integer.toHexString(ThreadLocalRandom.current().nextInt());
            Path sibling = target.resolveSibling("." + stem + "." + random + "." + purpose
                    + (extension.isEmpty() ? "" : "." + extension));
            try {
                // createFile, not createTempFile: the new file gets the usual permissions, not owner-only
                return Files.createFile(sibling);
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file; draw another name
            }
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the usual permissions stay
        }
    }

    private OutputException failure(IOException e) {
        return failure(path, target.getParent(), e);
    }

    /** A path problem (permission, read-only disk) is the user's to fix; anything else is a failed write. */
    private static OutputException failure(Path path, Path folder, IOException e) {
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        boolean badTarget = e instanceof AccessDeniedException || e instanceof NoSuchFileException
                || e instanceof FileAlreadyExistsException || lower.contains("read-only")
                || lower.contains("not a directory");
        String message = "cannot write " + path + " (" + reason + ")";
        if (badTarget) {
            return OutputException.badTarget(message + "; choose a folder you can write to, not " + folder, e);
        }
        return OutputException.writeFailed(message, e);
    }

    /** The operating system's words for what went wrong ("No space left on device"), without the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file name's extension, lower case, without the dot; empty when there is none. */
    public static String extension(Path path) {
        Path file = path.getFileName();
        String name = file == null ? "" : file.toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
