package org.formcoach.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for the full-disk and read-only tests: a tmpfs of a few hundred KB
 * mounted on a test folder (needs root, as the tests run in CI). {@link #available} says whether
 * this machine allows it.
 */
final class TinyDisk implements AutoCloseable {

    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Whether tmpfs can be mounted here (Linux, as root, mount allowed). */
    static boolean available(Path scratch) {
        if (!System.getProperty("os.name", "").startsWith("Linux") || !"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        try (TinyDisk probe = mount(scratch.resolve("probe"), 64)) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static TinyDisk mount(Path at, int kilobytes) throws IOException {
        Files.createDirectories(at);
        run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", at.toString());
        return new TinyDisk(at);
    }

    Path path() {
        return mountPoint;
    }

    /** Makes the file system read-only (as a folder on a read-only medium or with no write permission). */
    void readOnly() throws IOException {
        run("mount", "-o", "remount,ro", mountPoint.toString());
    }

    /** Fills the disk to the last byte with a file. */
    void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (var out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    @Override
    public void close() throws IOException {
        run("umount", "-l", mountPoint.toString());
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
