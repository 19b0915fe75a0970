package org.formcoach.capture;

import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * A view of a rectangle of an image whose native header is deleted when the view is closed.
 *
 * <p>OpenCV's Java API allocates a native header for every {@link Mat}, views included, and
 * deletes it only in {@code finalize()}, when the garbage collector gets round to it
 * ({@code release()} frees pixels, not the header). A view made for every frame therefore leaves
 * one small allocation a frame alive until the next collection, and those settle in the holes the
 * model's freed tensors leave and fragment the native heap (docs/BENCHMARKS.md, Memory). This view
 * deletes its header in {@link #close()}, through the same {@code finalize()}, which afterwards has
 * nothing left to do. It must not be used after it is closed.
 */
public final class MatView extends Mat implements AutoCloseable {

    private volatile boolean deleted;

    /** A view of {@code rect} of {@code image}, sharing its pixels. */
    public MatView(Mat image, Rect rect) {
        super(image, rect);
    }

    /** Deletes the native header now; closing twice is harmless. */
    @Override
    public void close() {
        if (!deleted) {
            deleted = true;
            deleteHeader();
        }
    }

    @SuppressWarnings("deprecation")  // Mat.finalize() is the only way OpenCV's Java API deletes a header
    private void deleteHeader() {
        try {
            super.finalize();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot delete an OpenCV view", e);
        }
    }

    /** A view nobody closed is deleted here, as any Mat is. */
    @Override
    @SuppressWarnings("deprecation")
    protected void finalize() {
        close();
    }
}
