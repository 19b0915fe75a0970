package org.formcoach.pose;

import org.formcoach.capture.MatView;
import org.formcoach.capture.OpenCvLoader;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * MoveNet's preprocessing: the crop of a BGR image, scaled into a black square of the model's input
 * size, as RGB bytes in row-major (height, width, channel) order: exactly the tensor the model sees.
 *
 * <p>An instance keeps its working images and output buffer and reuses them for every frame: the
 * scaled crop changes size from frame to frame, and allocating it afresh each time fragmented
 * native memory (the process grew by about a megabyte a frame over a long video). Its views into
 * the frame and the square are {@link MatView}s, deleted when the frame is done, and nothing else
 * it calls returns a Mat: OpenCV leaves the header of any other Mat to the garbage collector, and
 * those leftovers fragment the heap until it runs (docs/BENCHMARKS.md, Memory). Not thread-safe.
 */
public final class Letterbox implements AutoCloseable {

    /** The model input and the geometry needed to map the model's answer back. */
    public record Prepared(byte[] rgb, LetterboxTransform transform) {
    }

    private static final Scalar BLACK = Scalar.all(0);

    private final int inputSize;
    private final Mat square = new Mat();
    private final Mat rgb = new Mat();
    private final byte[] bytes;

    public Letterbox(int inputSize) {
        OpenCvLoader.ensureLoaded();
        this.inputSize = inputSize;
        this.bytes = new byte[inputSize * inputSize * 3];
    }

    /** One-off preparation into fresh buffers (tools and tests; a video should keep an instance). */
    public static Prepared prepare(Mat bgr, Crop crop, int inputSize) {
        try (Letterbox letterbox = new Letterbox(inputSize)) {
            Prepared p = letterbox.prepare(bgr, crop);
            return new Prepared(p.rgb().clone(), p.transform());
        }
    }

    /**
     * Letterboxes {@code crop} of {@code bgr} (8-bit BGR, or grayscale). The returned bytes are this
     * instance's buffer: valid until the next call.
     */
    public Prepared prepare(Mat bgr, Crop crop) {
        if (bgr.empty()) {
            throw new IllegalArgumentException("empty image");
        }
        if (bgr.depth() != CvType.CV_8U || (bgr.channels() != 3 && bgr.channels() != 1)) {
            throw new IllegalArgumentException("unsupported image type " + CvType.typeToString(bgr.type()));
        }
        LetterboxTransform t = LetterboxTransform.plan(bgr.cols(), bgr.rows(), crop, inputSize);
        square.create(inputSize, inputSize, bgr.type());
        Imgproc.rectangle(square, new Rect(0, 0, inputSize, inputSize), BLACK, Imgproc.FILLED);
        Rect target = new Rect(t.offsetX(), t.offsetY(), t.scaledWidth(), t.scaledHeight());
        try (MatView roi = new MatView(bgr, new Rect(t.roiX(), t.roiY(), t.roiWidth(), t.roiHeight()));
             MatView scaled = new MatView(square, target)) {
            // INTER_AREA averages when shrinking (no aliasing on large camera frames); bilinear otherwise.
            // The destination is a view into the square, so nothing is allocated.
            int interpolation = t.shrinks() ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR;
            Imgproc.resize(roi, scaled, target.size(), 0, 0, interpolation);
        }
        Imgproc.cvtColor(square, rgb, bgr.channels() == 1 ? Imgproc.COLOR_GRAY2RGB : Imgproc.COLOR_BGR2RGB);
        rgb.get(0, 0, bytes);
        return new Prepared(bytes, t);
    }

    @Override
    public void close() {
        square.release();
        rgb.release();
    }
}
