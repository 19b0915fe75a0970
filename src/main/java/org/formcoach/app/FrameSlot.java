package org.formcoach.app;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import org.formcoach.app.model.CoachView;
import org.formcoach.app.model.FrameDisplay;
import org.opencv.core.Mat;

/**
 * The window's end of a session's frames, on the inference thread: converts the picture and leaves
 * it with its view in a newest-wins slot that the JavaFX thread's animation timer takes. Nothing
 * queues up: a frame the screen had no time for is replaced. The conversion buffers are kept from
 * frame to frame and from session to session (one session's inference thread at a time uses them).
 */
final class FrameSlot implements FrameDisplay {

    private final AtomicReference<Rendered> latest = new AtomicReference<>();
    private final FrameImages images = new FrameImages();
    private volatile Rendered lastRendered;

    @Override
    public void show(CoachView view, long frameIndex, Mat image) {
        WritableImage picture;
        synchronized (images) {
            picture = images.toFxImage(image);
        }
        Rendered rendered = new Rendered(picture, view, frameIndex);
        lastRendered = rendered;
        latest.set(rendered);
    }

    @Override
    public void reshow(CoachView view) {
        Rendered last = lastRendered;
        Rendered again = new Rendered(last == null ? null : last.image(), view, last == null ? -1 : last.frameIndex());
        lastRendered = again;
        latest.set(again);
    }

    /** The newest frame not yet drawn, or null. */
    Rendered take() {
        return latest.getAndSet(null);
    }

    boolean hasPending() {
        return latest.get() != null;
    }

    /** Forgets what was shown: a new session starts without the old picture. */
    void clear() {
        latest.set(null);
        lastRendered = null;
        synchronized (images) {
            images.close();
        }
    }
}
