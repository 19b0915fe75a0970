package org.formcoach.capture;

import java.util.concurrent.atomic.AtomicBoolean;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * One decoded image and where it sits in its source.
 *
 * <p><b>Ownership.</b> A frame owns native memory (its OpenCV {@link Mat}). Whoever takes a frame
 * from a {@link FrameSource} or a {@link FrameChannel} owns it and must {@link #close()} it, or hand
 * it on to a new owner who will (a {@link FrameChannel#put} takes ownership). The {@link #image()}
 * is lent: it is valid until the frame is closed and must not be released by the borrower. Closing
 * gives the image back to the {@link FramePool} it came from, or releases it if it has none.
 *
 * <p>{@link #index()} is the 0-based position in source order (files: decode order; cameras:
 * capture order over the whole session, across reconnections).
 */
public final class Frame implements AutoCloseable {

    private final Mat image;
    private final FramePool pool;
    private final long index;
    private final long timestampNanos;
    private final String sourceId;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Wraps {@code bgrImage}, taking ownership of it.
     *
     * @param bgrImage a non-empty 8-bit, 3-channel BGR image
     * @param index 0-based position in source order
     * @param timestampNanos presentation time for files, monotonic capture clock for cameras
     * @param sourceId short description of the source, e.g. the file name or camera device
     */
    public Frame(Mat bgrImage, long index, long timestampNanos, String sourceId) {
        this(bgrImage, null, index, timestampNanos, sourceId);
    }

    /** Like {@link #Frame(Mat, long, long, String)}, for an image from {@code pool} (null: none). */
    public Frame(Mat bgrImage, FramePool pool, long index, long timestampNanos, String sourceId) {
        if (bgrImage.empty() || bgrImage.type() != CvType.CV_8UC3) {
            throw new IllegalArgumentException("a frame needs a non-empty BGR 8UC3 image, got "
                    + bgrImage + " from " + sourceId);
        }
        if (index < 0) {
            throw new IllegalArgumentException("negative frame index " + index);
        }
        this.image = bgrImage;
        this.pool = pool;
        this.index = index;
        this.timestampNanos = timestampNanos;
        this.sourceId = sourceId;
    }

    /** The BGR image, lent until this frame is closed. */
    public Mat image() {
        if (closed.get()) {
            throw new IllegalStateException("frame " + index + " of " + sourceId + " is closed");
        }
        return image;
    }

    public long index() {
        return index;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    public String sourceId() {
        return sourceId;
    }

    public int width() {
        return image.cols();
    }

    public int height() {
        return image.rows();
    }

    /**
     * Moves the image into a new frame with another index (used when a source renumbers frames,
     * e.g. across camera reconnections). This frame is closed afterwards without releasing the
     * image, which the returned frame now owns.
     */
    public Frame withIndex(long newIndex) {
        return restamped(newIndex, timestampNanos, sourceId);
    }

    /** Like {@link #withIndex} with a new timestamp and source id too (a replayed or looped file). */
    public Frame restamped(long newIndex, long newTimestampNanos, String newSourceId) {
        if (!closed.compareAndSet(false, true)) {
            throw new IllegalStateException("frame " + index + " of " + sourceId + " is closed");
        }
        return new Frame(image, pool, newIndex, newTimestampNanos, newSourceId);
    }

    /** Whether this frame was closed (or its image moved to another frame). */
    public boolean isClosed() {
        return closed.get();
    }

    /** Gives the image back to its pool (or releases it); closing twice is harmless. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (pool == null) {
                image.release();
            } else {
                pool.giveBack(image);
            }
        }
    }

    @Override
    public String toString() {
        return "Frame[" + sourceId + " #" + index + " t=" + timestampNanos + "ns]";
    }
}
