package org.formcoach.pose;

import org.opencv.core.Mat;

/**
 * Finds one person's pose in an image. Implementations hold native resources (the model), so they
 * are {@link AutoCloseable}; one instance is used from one thread at a time.
 */
public interface PoseEstimator extends AutoCloseable {

    /** Estimates the pose in the whole image (BGR, 8-bit, 3 channels as OpenCV decodes it). */
    default PoseEstimate estimate(Mat bgrImage) {
        return estimate(bgrImage, Crop.wholeImage(bgrImage.cols(), bgrImage.rows()));
    }

    /** Estimates the pose inside {@code crop}, a square region of the image in source pixels. */
    PoseEstimate estimate(Mat bgrImage, Crop crop);

    /** The model's short name, e.g. "lightning". */
    String modelName();

    /** Side of the square model input in pixels. */
    int inputSize();

    @Override
    void close();
}
