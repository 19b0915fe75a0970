package org.formcoach.capture;

import java.util.ArrayDeque;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Frame images used again and again. A source decodes each frame into an image taken from its
 * pool, and closing the {@link Frame} gives the image back, on whichever thread that happens
 * (usually the inference thread, or the capture thread for a frame the mailbox dropped).
 *
 * <p>Why: an image allocated for every frame on the capture thread and freed on the inference
 * thread fragments glibc's heap. Other allocations settle in the holes the freed frames leave, so
 * each new frame is taken from fresh memory: the process grew by about a frame per frame, to
 * gigabytes, although almost all of it was free (docs/BENCHMARKS.md, Memory). With a pool, the few
 * images in flight (the hand-off's capacity and one on each thread) are allocated once.
 *
 * <p>A pool keeps images of one size, the size last asked for; an image of another size given back
 * is released, as are images beyond {@link #MAX_IDLE} idle ones. Thread-safe.
 *
 * <p>Lifetime: every user of a pool closes it once; the idle images are released when the last
 * user has, and an image given back after that is released at once. One user can hand the pool to
 * another with {@link #share()}, so that a file played again and again, or a camera opened again
 * after unplugging, keeps its images.
 */
public final class FramePool implements AutoCloseable {

    /** Idle images kept: the file queue's 8 frames and a few more in flight (beyond that: a burst). */
    static final int MAX_IDLE = 12;

    private final ArrayDeque<Mat> idle = new ArrayDeque<>();
    private int width;
    private int height;
    private int users = 1;
    private long allocations;

    public FramePool() {
        OpenCvLoader.ensureLoaded();
    }

    /**
     * A BGR image of {@code width}×{@code height} whose pixels are to be overwritten: an idle one,
     * or a new one if none is idle.
     */
    public Mat take(int width, int height) {
        synchronized (this) {
            if (users == 0) {
                throw new IllegalStateException("the frame pool is closed");
            }
            if (width != this.width || height != this.height) {
                releaseIdle();
                this.width = width;
                this.height = height;
            }
            Mat image = idle.pollLast();
            if (image != null) {
                return image;
            }
            allocations++;
        }
        return new Mat(height, width, CvType.CV_8UC3);
    }

    /** Takes back an image from {@link #take}; it must not be used afterwards. */
    public void giveBack(Mat image) {
        synchronized (this) {
            if (users > 0 && idle.size() < MAX_IDLE && image.cols() == width && image.rows() == height
                    && image.type() == CvType.CV_8UC3) {
                idle.addLast(image);
                return;
            }
        }
        image.release();
    }

    /** Another user of this pool, who closes it too. */
    public synchronized FramePool share() {
        if (users == 0) {
            throw new IllegalStateException("the frame pool is closed");
        }
        users++;
        return this;
    }

    /** Images this pool has allocated so far: constant once a stream is under way. */
    public synchronized long allocations() {
        return allocations;
    }

    /** Images waiting to be taken again. */
    public synchronized int idle() {
        return idle.size();
    }

    /** This user is done; when the last one is, the idle images are released. */
    @Override
    public synchronized void close() {
        if (users > 0 && --users == 0) {
            releaseIdle();
        }
    }

    private void releaseIdle() {
        idle.forEach(Mat::release);
        idle.clear();
    }
}
