package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

/** A view shares its image's pixels; closing it (twice is harmless) leaves the image whole. */
class MatViewTest {

    @BeforeAll
    static void opencv() {
        OpenCvLoader.ensureLoaded();
    }

    @Test
    void aViewWritesIntoItsImageAndClosingItLeavesTheImageWhole() {
        try (MatHandle image = new MatHandle(new Mat(4, 6, CvType.CV_8UC3, Scalar.all(0)))) {
            for (int i = 0; i < 1_000; i++) {
                MatView view = new MatView(image.mat(), new Rect(2, 1, 3, 2));
                assertEquals(3, view.cols());
                assertEquals(2, view.rows());
                view.put(0, 0, new byte[] {(byte) i, 0, 0});
                view.close();
                view.close();
            }
            assertEquals(999 & 0xff, (int) image.mat().get(1, 2)[0], "the view's pixels are the image's");
            assertEquals(0, (int) image.mat().get(0, 0)[0]);
            assertEquals(6, image.mat().cols(), "the image outlives a thousand closed views");
        }
    }
}
