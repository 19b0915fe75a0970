package org.formcoach.app;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.formcoach.capture.MatHandle;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Camera frames to JavaFX images, done on the inference thread so the JavaFX thread only draws. */
final class FrameImages {

    private FrameImages() {
    }

    /**
     * A new image holding a copy of {@code bgr}'s pixels. The image is not yet shown anywhere, so
     * writing it off the JavaFX thread is safe; it is handed over whole, never changed afterwards.
     */
    static WritableImage toFxImage(Mat bgr) {
        int w = bgr.cols();
        int h = bgr.rows();
        byte[] rgb = new byte[w * h * 3];
        try (MatHandle converted = new MatHandle(new Mat())) {
            Imgproc.cvtColor(bgr, converted.mat(), Imgproc.COLOR_BGR2RGB);
            converted.mat().get(0, 0, rgb);
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getByteRgbInstance(), rgb, 0, w * 3);
        return image;
    }
}
