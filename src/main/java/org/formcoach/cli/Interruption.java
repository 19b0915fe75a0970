package org.formcoach.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM while a command works: instead of the process ending mid-write, {@code stop}
 * runs (e.g. stopping the pipeline) and the process waits, up to {@link #SAVE_SECONDS}, until the
 * command has saved what it has and {@link #close() closed} this. The Java runtime then ends the
 * process with 128 + the signal's number ({@link ExitCode#INTERRUPTED}, {@link ExitCode#TERMINATED}).
 *
 * <p>Built on a shutdown hook, the runtime's own way to learn of these signals: the hook runs on
 * its own thread while the command's thread goes on saving.
 */
final class Interruption implements AutoCloseable {

    /** How long a signalled process waits for the command to save its work. */
    static final long SAVE_SECONDS = 60;

    private final Thread hook;
    private final CountDownLatch saved = new CountDownLatch(1);
    private volatile boolean happened;

    private Interruption(Runnable stop) {
        this.hook = new Thread(() -> {
            happened = true;
            stop.run();
            try {
                saved.await(SAVE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "interruption");
    }

    /** From now until {@link #close()}, a Ctrl-C or SIGTERM runs {@code stop} and waits for the command. */
    static Interruption onSignal(Runnable stop) {
        Interruption interruption = new Interruption(stop);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** Whether a signal came: the command's result is partial. */
    boolean happened() {
        return happened;
    }

    /** The command has saved its work: a signalled process may end now, and later signals end it at once. */
    @Override
    public void close() {
        saved.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the signal came: the hook is running and returns now that the work is saved
        }
    }
}
