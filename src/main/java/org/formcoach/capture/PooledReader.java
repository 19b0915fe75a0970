package org.formcoach.capture;

import java.util.Optional;
import java.util.function.Predicate;
import org.opencv.core.Mat;

/**
 * OpenCV's {@code VideoCapture} decoding into images of a {@link FramePool}, for the sources that
 * read through it (webcams, OpenCV's video files). OpenCV writes into the image it is given when
 * the size matches, so each read takes an image of the size decoded last: a camera may deliver
 * another size than the one asked for.
 */
final class PooledReader implements AutoCloseable {

    private final FramePool pool;
    private int width;
    private int height;
    private boolean closed;

    /** Uses {@code pool} (and closes it when closed), starting with images of the size announced. */
    PooledReader(FramePool pool, int width, int height) {
        this.pool = pool;
        this.width = width;
        this.height = height;
    }

    /** Lets {@code decode} fill a pooled image; empty (the image given back) when it gave none. */
    Optional<Mat> read(Predicate<Mat> decode) {
        Mat image = pool.take(width, height);
        if (!decode.test(image) || image.empty()) {
            pool.giveBack(image);
            return Optional.empty();
        }
        width = image.cols();
        height = image.rows();
        return Optional.of(image);
    }

    /** A frame around an image from {@link #read}, giving it back to the pool when closed. */
    Frame frame(Mat image, long index, long timestampNanos, String sourceId) {
        return new Frame(image, pool, index, timestampNanos, sourceId);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pool.close();
        }
    }
}
