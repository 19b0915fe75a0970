package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.formcoach.capture.OpenCvLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

/** Pins MoveNet's preprocessing: letterbox geometry, RGB channel order, 0..255 values. */
class LetterboxTest {

    @BeforeAll
    static void opencv() {
        OpenCvLoader.ensureLoaded();
    }

    /** A 40x20 BGR image: left half pure red, right half pure blue. */
    private static Mat redBlue() {
        Mat m = new Mat(20, 40, CvType.CV_8UC3, new Scalar(0, 0, 255));
        m.submat(new Rect(20, 0, 20, 20)).setTo(new Scalar(255, 0, 0));
        return m;
    }

    @Test
    void wideImageIsCentredBetweenBlackBarsInRgbOrder() {
        Mat image = redBlue();
        try {
            Letterbox.Prepared p = Letterbox.prepare(image, Crop.wholeImage(40, 20), 8);
            LetterboxTransform t = p.transform();
            // 40x20 into 8x8: scale 0.2, content 8x4 placed 2 rows down
            assertEquals(0, t.offsetX());
            assertEquals(2, t.offsetY());
            assertEquals(8, t.scaledWidth());
            assertEquals(4, t.scaledHeight());
            byte[] rgb = p.rgb();
            assertEquals(8 * 8 * 3, rgb.length);
            assertArrayEquals(new int[] {0, 0, 0}, pixel(rgb, 8, 0, 0), "top bar is black");
            assertArrayEquals(new int[] {0, 0, 0}, pixel(rgb, 8, 7, 7), "bottom bar is black");
            assertArrayEquals(new int[] {255, 0, 0}, pixel(rgb, 8, 3, 1), "red stays red: RGB order");
            assertArrayEquals(new int[] {0, 0, 255}, pixel(rgb, 8, 4, 6), "blue stays blue");
        } finally {
            image.release();
        }
    }

    @Test
    void tallImageGetsSideBars() {
        LetterboxTransform t = LetterboxTransform.plan(300, 600, Crop.wholeImage(300, 600), 192);
        assertEquals(48, t.offsetX());
        assertEquals(0, t.offsetY());
        assertEquals(96, t.scaledWidth());
        assertEquals(192, t.scaledHeight());
        // the image centre maps to the input centre and back
        assertEquals(96.0, t.toInputX(150), 1e-9);
        assertEquals(96.0, t.toInputY(300), 1e-9);
        assertEquals(150.0, t.toSourceX(96), 1e-9);
        assertEquals(600.0, t.toSourceY(192), 1e-9);
    }

    @Test
    void cropPartlyOutsideTheImageIsPaddedAndMapsBack() {
        // a 200-pixel square whose left 50 pixels lie outside a 640x480 frame
        LetterboxTransform t = LetterboxTransform.plan(640, 480, new Crop(-50, 100, 200), 100);
        assertEquals(0, t.roiX());
        assertEquals(100, t.roiY());
        assertEquals(150, t.roiWidth());
        assertEquals(25, t.offsetX());
        assertEquals(0, t.offsetY());
        assertEquals(75, t.scaledWidth());
        assertEquals(100, t.scaledHeight());
        assertEquals(0.0, t.toSourceX(25), 1e-9);
        assertEquals(150.0, t.toSourceX(100), 1e-9);
        assertEquals(300.0, t.toSourceY(100), 1e-9);
    }

    @Test
    void cropEntirelyOutsideFallsBackToTheWholeImage() {
        LetterboxTransform t = LetterboxTransform.plan(640, 480, new Crop(1000, 1000, 50), 192);
        assertEquals(Crop.wholeImage(640, 480), t.crop());
    }

    @Test
    void normalisedModelOutputMapsToSourcePixels() {
        LetterboxTransform t = LetterboxTransform.plan(640, 480, Crop.wholeImage(640, 480), 192);
        float[] out = new float[51];
        out[0] = 0.5f;   // nose y: centre of the square
        out[1] = 0.25f;  // nose x: a quarter across
        out[2] = 0.9f;
        Pose pose = MoveNetTranslator.toPose(out, t);
        assertEquals(160.0, pose.point(Keypoint.NOSE).x(), 1e-4);
        assertEquals(240.0, pose.point(Keypoint.NOSE).y(), 1e-4);
        assertEquals(0.9, pose.point(Keypoint.NOSE).score(), 1e-6);
        assertEquals(640, pose.imageWidth());
        assertEquals(480, pose.imageHeight());
    }

    private static int[] pixel(byte[] rgb, int size, int row, int col) {
        int i = (row * size + col) * 3;
        return new int[] {rgb[i] & 0xff, rgb[i + 1] & 0xff, rgb[i + 2] & 0xff};
    }
}
