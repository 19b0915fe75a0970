package org.formcoach.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code formcoach} as its own process, as a user starts it: what only a whole process shows (its
 * exit code, its standard output going to a full disk, signals, a working folder of its own).
 * The command runs {@code FormCoachCommand}'s {@code main} on the test class path, with FormCoach's
 * home at the project folder and the window on Monocle's headless platform.
 */
public final class FormCoachProcess {

    /** The project folder: the tests run in it. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private final List<String> jvmOptions = new ArrayList<>();
    private Path workDir = PROJECT;
    private File stdout;

    /** What a finished process said. */
    public record Result(int exitCode, String out, String err) {
    }

    public FormCoachProcess option(String jvmOption) {
        jvmOptions.add(jvmOption);
        return this;
    }

    public FormCoachProcess in(Path folder) {
        this.workDir = folder;
        return this;
    }

    /** Sends standard output to {@code file} (e.g. /dev/full) instead of capturing it. */
    public FormCoachProcess stdoutTo(File file) {
        this.stdout = file;
        return this;
    }

    /** Starts {@code formcoach args}; standard output and error go to files in {@code logs}. */
    public Process start(Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dformcoach.home=" + PROJECT);
        command.add("-Dai.djl.offline=true");
        for (String p : new String[] {"glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
            "testfx.headless", "testfx.robot", "headless.geometry", "formcoach.threads"}) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("org.formcoach.cli.FormCoachCommand");
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(logs.resolve("stderr.txt").toFile())
                .redirectOutput(stdout != null ? stdout : logs.resolve("stdout.txt").toFile());
        return builder.start();
    }

    /** Runs {@code formcoach args} to its end (at most {@code timeout}). */
    public Result run(Path logs, Duration timeout, String... args) throws IOException, InterruptedException {
        Process process = start(logs, args);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("formcoach " + String.join(" ", args) + " did not end within " + timeout
                    + "; stderr: " + read(logs.resolve("stderr.txt")));
        }
        return new Result(process.exitValue(), stdout == null ? read(logs.resolve("stdout.txt")) : "",
                read(logs.resolve("stderr.txt")));
    }

    /** Sends {@code signal} ("INT" as Ctrl-C does, "TERM" as kill does) to the process. */
    public static void signal(Process process, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    public static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** The test class path: Surefire runs the tests from a manifest-only jar and names the real one here. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
