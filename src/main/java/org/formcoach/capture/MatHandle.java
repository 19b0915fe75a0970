package org.formcoach.capture;

import org.opencv.core.Mat;

/** Lets a temporary {@link Mat} live in a try-with-resources block, released at its end. */
public record MatHandle(Mat mat) implements AutoCloseable {

    @Override
    public void close() {
        mat.release();
    }
}
