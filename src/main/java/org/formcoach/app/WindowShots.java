package org.formcoach.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of a whole window, for the screenshot command and tests; callable from any thread but the JavaFX one. */
public final class WindowShots {

    private static final Duration POLL = Duration.ofMillis(50);

    private WindowShots() {
    }

    /** Sets the window's size and waits for the layout. */
    public static void resize(CoachWindow window, int width, int height) throws InterruptedException {
        onFx(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            return null;
        });
    }

    /**
     * Waits until {@code frames} frames were analysed (or the source ended) and the newest of them is
     * on screen, at most {@code timeout}.
     *
     * @return whether that happened in time
     */
    public static boolean awaitFrames(CoachWindow window, long frames, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean enough = window.framesAnalysed() >= frames || window.sourceEnded();
            if (enough && onFx(() -> window.framesShown() > 0 && !window.hasUndrawnFrame())) {
                onFx(() -> null);  // one more pulse so the layout of the last frame has settled
                Thread.sleep(200);
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    /** Saves the whole window as a PNG. */
    public static void savePng(CoachWindow window, Path out) throws IOException, InterruptedException {
        savePng(window.scene(), out);
    }

    /** Opens the history window over {@code window} and saves it as a PNG. */
    public static void saveHistoryPng(CoachWindow window, Path out) throws IOException, InterruptedException {
        javafx.scene.Scene history = onFx(() -> {
            window.showHistory();
            return window.history().stage().getScene();
        });
        onFx(() -> null);  // one more pulse for the charts' layout
        Thread.sleep(300);
        savePng(history, out);
    }

    private static void savePng(javafx.scene.Scene scene, Path out) throws IOException, InterruptedException {
        WritableImage shot = onFx(() -> scene.snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // PNG without alpha: smaller, and the window is opaque anyway
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        if (!ImageIO.write(rgb, "png", out.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** Closes the window and what it runs. */
    public static void close(CoachWindow window) throws InterruptedException {
        onFx(() -> {
            window.close();
            return null;
        });
    }

    /** Runs {@code task} on the JavaFX thread and waits for its result. */
    static <T> T onFx(Supplier<T> task) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer in 30 s", e);
        }
    }
}
