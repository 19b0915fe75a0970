package org.formcoach.app;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Camera frames to JavaFX images, done on the inference thread so the JavaFX thread only draws.
 * The conversion buffers are kept from frame to frame (nothing native is allocated per frame), so
 * one instance serves one thread; {@link #close()} releases them.
 */
final class FrameImages implements AutoCloseable {

    private Mat rgb;
    private byte[] pixels = new byte[0];

    /**
     * A new image holding a copy of {@code bgr}'s pixels. The image is not yet shown anywhere, so
     * writing it off the JavaFX thread is safe; it is handed over whole, never changed afterwards.
     */
    WritableImage toFxImage(Mat bgr) {
        int w = bgr.cols();
        int h = bgr.rows();
        pixels = toRgb(bgr, pixels);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getByteRgbInstance(), pixels, 0, w * 3);
        return image;
    }

    /**
     * {@code bgr}'s pixels as packed RGB bytes, in {@code reuse} when it has the right size (else in a
     * new array, which is returned).
     */
    byte[] toRgb(Mat bgr, byte[] reuse) {
        int size = bgr.cols() * bgr.rows() * 3;
        if (rgb == null) {
            rgb = new Mat();
        }
        Imgproc.cvtColor(bgr, rgb, Imgproc.COLOR_BGR2RGB);
        byte[] out = reuse != null && reuse.length == size ? reuse : new byte[size];
        rgb.get(0, 0, out);
        return out;
    }

    @Override
    public void close() {
        if (rgb != null) {
            rgb.release();
        }
    }
}
