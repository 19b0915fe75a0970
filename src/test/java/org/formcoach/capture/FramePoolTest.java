package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/** Frame images come back to their pool and are used again; nothing is kept after the last user. */
class FramePoolTest {

    @Test
    void anImageGivenBackIsTakenAgainInsteadOfAllocatingAnother() {
        try (FramePool pool = new FramePool()) {
            for (int i = 0; i < 100; i++) {
                Mat image = pool.take(64, 48);
                assertEquals(64, image.cols());
                assertEquals(48, image.rows());
                pool.giveBack(image);
            }
            assertEquals(1, pool.allocations());
            assertEquals(1, pool.idle());
        }
    }

    @Test
    void closingAFrameGivesItsImageBackWithItsPixelsUntouched() {
        try (FramePool pool = new FramePool()) {
            Mat image = pool.take(32, 24);
            long pixels = image.dataAddr();
            Frame frame = new Frame(image, pool, 0, 0, "test").restamped(7, 1, "moved");
            frame.close();
            frame.close();
            assertEquals(1, pool.idle(), "a frame moved to a new index still belongs to the pool; closing twice gives back once");
            assertFalse(image.empty(), "the image is kept for the next frame, not released");
            assertEquals(pixels, pool.take(32, 24).dataAddr(), "the next frame is decoded into the same memory");
        }
    }

    @Test
    void framesInFlightAreAllocatedOnceEach() {
        try (FramePool pool = new FramePool()) {
            List<Frame> inFlight = new ArrayList<>();
            for (long i = 0; i < 1_000; i++) {
                inFlight.add(new Frame(pool.take(16, 16), pool, i, i, "test"));
                if (inFlight.size() > 3) {
                    inFlight.remove(0).close();
                }
            }
            inFlight.forEach(Frame::close);
            assertEquals(4, pool.allocations(), "one image per frame in flight, none per frame read");
            assertEquals(4, pool.idle());
        }
    }

    @Test
    void aNewSizeReleasesTheImagesOfTheOldOne() {
        try (FramePool pool = new FramePool()) {
            Mat small = pool.take(16, 16);
            Mat late = pool.take(16, 16);
            pool.giveBack(small);
            Mat large = pool.take(32, 32);
            assertTrue(small.empty(), "an idle image of the old size is released");
            pool.giveBack(late);
            assertTrue(late.empty(), "an image of the old size given back is released");
            pool.giveBack(large);
            assertEquals(1, pool.idle());
        }
    }

    @Test
    void atMostMaxIdleImagesAreKept() {
        try (FramePool pool = new FramePool()) {
            List<Mat> burst = new ArrayList<>();
            for (int i = 0; i < FramePool.MAX_IDLE + 5; i++) {
                burst.add(pool.take(8, 8));
            }
            burst.forEach(pool::giveBack);
            assertEquals(FramePool.MAX_IDLE, pool.idle());
            assertEquals(5, burst.stream().filter(Mat::empty).count());
        }
    }

    @Test
    void theLastUserToCloseReleasesTheImagesAndLaterOnesAreReleasedWhenGivenBack() {
        FramePool pool = new FramePool();
        FramePool second = pool.share();
        Mat idle = pool.take(8, 8);
        Mat inFlight = pool.take(8, 8);
        pool.giveBack(idle);
        pool.close();
        assertFalse(idle.empty(), "the second user still has the pool");
        assertEquals(idle.dataAddr(), second.take(8, 8).dataAddr());
        second.giveBack(idle);
        second.close();
        assertTrue(idle.empty(), "the last close releases the idle images");
        pool.giveBack(inFlight);
        assertTrue(inFlight.empty(), "an image coming back after the end is released at once");
        assertThrows(IllegalStateException.class, () -> pool.take(8, 8));
    }
}
