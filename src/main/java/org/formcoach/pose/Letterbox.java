package org.formcoach.pose;

import org.formcoach.capture.OpenCvLoader;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * MoveNet's preprocessing: the crop of a BGR image, scaled into a black square of the model's input
 * size, as RGB bytes in row-major (height, width, channel) order: exactly the tensor the model sees.
 */
public final class Letterbox {

    /** The model input and the geometry needed to map the model's answer back. */
    public record Prepared(byte[] rgb, LetterboxTransform transform) {
    }

    private Letterbox() {
    }

    public static Prepared prepare(Mat bgr, Crop crop, int inputSize) {
        OpenCvLoader.ensureLoaded();
        if (bgr.empty()) {
            throw new IllegalArgumentException("empty image");
        }
        LetterboxTransform t = LetterboxTransform.plan(bgr.cols(), bgr.rows(), crop, inputSize);
        Mat roi = bgr.submat(new Rect(t.roiX(), t.roiY(), t.roiWidth(), t.roiHeight()));
        Mat scaled = new Mat();
        Mat square = new Mat();
        Mat rgb = new Mat();
        try {
            // INTER_AREA averages when shrinking (no aliasing on large camera frames); bilinear otherwise
            int interpolation = t.shrinks() ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR;
            Imgproc.resize(roi, scaled, new Size(t.scaledWidth(), t.scaledHeight()), 0, 0, interpolation);
            Core.copyMakeBorder(scaled, square,
                    t.offsetY(), inputSize - t.offsetY() - t.scaledHeight(),
                    t.offsetX(), inputSize - t.offsetX() - t.scaledWidth(),
                    Core.BORDER_CONSTANT, Scalar.all(0));
            Imgproc.cvtColor(square, rgb, bgr.channels() == 1 ? Imgproc.COLOR_GRAY2RGB : Imgproc.COLOR_BGR2RGB);
            if (rgb.type() != CvType.CV_8UC3 || !rgb.isContinuous()) {
                throw new IllegalArgumentException("unsupported image type " + CvType.typeToString(bgr.type()));
            }
            byte[] bytes = new byte[inputSize * inputSize * 3];
            rgb.get(0, 0, bytes);
            return new Prepared(bytes, t);
        } finally {
            roi.release();
            scaled.release();
            square.release();
            rgb.release();
        }
    }
}
