package org.formcoach.app;

import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.FrameDisplay;
import org.opencv.core.Mat;

/**
 * The window's end of a session's frames. On the inference thread a frame's pixels are converted
 * into one of a few reused RGB buffers and left, with the view, in a newest-wins slot; on the
 * JavaFX thread the animation timer {@link #take()}s it and copies the pixels into the one image
 * the window shows. Nothing queues up (a frame the screen had no time for is replaced) and nothing
 * is allocated per frame: a new JavaFX image a frame (3.7 MB at 720p, and a texture for each) made
 * a long run climb to hundreds of megabytes.
 */
final class FrameSlot implements FrameDisplay {

    /** A frame's pixels, packed RGB. */
    private static final class Pixels {
        int width;
        int height;
        byte[] rgb;
    }

    /** What waits for the screen: new pixels (or null: the view alone changed) and the view. */
    private record Pending(Pixels pixels, CoachView view, long frameIndex) {
    }

    private final Object lock = new Object();
    private final FrameImages images = new FrameImages();
    /** Buffers not in use: at most three exist (one being filled, one waiting, one being copied). */
    private final ConcurrentLinkedQueue<Pixels> free = new ConcurrentLinkedQueue<>();
    private Pending latest;
    private long lastFrameIndex = -1;
    /** The picture on screen; only the JavaFX thread touches it. */
    private WritableImage screen;

    @Override
    public void show(CoachView view, long frameIndex, Mat image) {
        Pixels p = free.poll();
        if (p == null) {
            p = new Pixels();
        }
        synchronized (images) {
            p.rgb = images.toRgb(image, p.rgb);
        }
        p.width = image.cols();
        p.height = image.rows();
        Pending replaced;
        synchronized (lock) {
            replaced = latest;
            latest = new Pending(p, view, frameIndex);
            lastFrameIndex = frameIndex;
        }
        if (replaced != null && replaced.pixels() != null) {
            free.offer(replaced.pixels());
        }
    }

    @Override
    public void reshow(CoachView view) {
        synchronized (lock) {
            // pixels still waiting are kept: only the words change
            Pixels waiting = latest == null ? null : latest.pixels();
            latest = new Pending(waiting, view, lastFrameIndex);
        }
    }

    /** On the JavaFX thread: the newest frame not yet drawn (its pixels now in the shown image), or null. */
    Rendered take() {
        Pending p;
        synchronized (lock) {
            p = latest;
            latest = null;
        }
        if (p == null) {
            return null;
        }
        if (p.pixels() != null) {
            Pixels px = p.pixels();
            if (screen == null || (int) screen.getWidth() != px.width || (int) screen.getHeight() != px.height) {
                screen = new WritableImage(px.width, px.height);
            }
            screen.getPixelWriter().setPixels(0, 0, px.width, px.height, PixelFormat.getByteRgbInstance(), px.rgb,
                    0, px.width * 3);
            free.offer(px);
        }
        return new Rendered(screen, p.view(), p.frameIndex());
    }

    boolean hasPending() {
        synchronized (lock) {
            return latest != null;
        }
    }

    /** On the JavaFX thread: forgets what was shown, so a new session starts without the old picture. */
    void clear() {
        synchronized (lock) {
            latest = null;
            lastFrameIndex = -1;
        }
        screen = null;
        free.clear();
        synchronized (images) {
            images.close();
        }
    }
}
