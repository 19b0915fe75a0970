package org.formcoach.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.formcoach.app.model.CoachEngine;

/**
 * Starts JavaFX without an {@code Application} subclass (so the command line can pass its options
 * as a plain {@link AppConfig}) and opens the main window.
 */
public final class CoachApp {

    private CoachApp() {
    }

    /** Opens the window and blocks until it is closed. */
    public static void run(AppConfig config) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        open(config, new PipelineEngine(), window -> window.stage().setOnHidden(e -> closed.countDown()));
        closed.await();
        Platform.exit();
    }

    /**
     * Starts the JavaFX platform (once per process), opens a window on it and hands it to
     * {@code opened} on the JavaFX thread.
     */
    public static CoachWindow open(AppConfig config, CoachEngine engine, Consumer<CoachWindow> opened)
            throws InterruptedException {
        return open(config, engine, java.time.Clock.systemDefaultZone(), opened);
    }

    /** As {@link #open(AppConfig, CoachEngine, Consumer)}, with the wall clock the history and ladder go by. */
    public static CoachWindow open(AppConfig config, CoachEngine engine, java.time.Clock clock,
            Consumer<CoachWindow> opened) throws InterruptedException {
        startPlatform();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<CoachWindow> window = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                CoachWindow w = new CoachWindow(new Stage(), config, engine, clock);
                window.set(w);
                opened.accept(w);
                w.show();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                ready.countDown();
            }
        });
        ready.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return window.get();
    }

    /**
     * Opens a window of its own for a command (review, compare) and blocks until it is closed, then
     * shuts JavaFX down. {@code open} builds and shows the window on the JavaFX thread and returns its
     * stage; if building it fails, the failure is thrown here instead of leaving the command waiting.
     */
    static void runWindow(Supplier<Stage> open) throws InterruptedException {
        startPlatform();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                open.get().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
            }
        });
        closed.await();
        Platform.exit();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Starts the JavaFX platform unless it runs already. */
    static void startPlatform() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }
}
