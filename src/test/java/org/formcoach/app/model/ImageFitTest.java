package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageFitTest {

    @Test
    void aWideImageIsCentredVerticallyAndScaledToTheWidth() {
        ImageFit fit = ImageFit.of(1280, 720, 640, 480, false);
        assertEquals(0.5, fit.scale());
        assertEquals(0, fit.offsetX());
        assertEquals(60, fit.offsetY());
        assertEquals(0, fit.x(0));
        assertEquals(640, fit.x(1280));
        assertEquals(60 + 360, fit.y(720));
    }

    @Test
    void mirroringFlipsXInsideTheDrawnImageOnly() {
        ImageFit fit = ImageFit.of(640, 480, 1000, 480, true);
        assertEquals(180, fit.offsetX());
        assertEquals(180 + 640, fit.x(0), "the image's left edge is drawn on the right");
        assertEquals(180, fit.x(640));
        assertEquals(180 + 540, fit.x(100));
        assertEquals(100, fit.y(100), "y is never mirrored");
    }

    @Test
    void anEmptyCanvasDrawsNothing() {
        assertEquals(0, ImageFit.of(640, 480, 0, 0, false).width());
    }
}
