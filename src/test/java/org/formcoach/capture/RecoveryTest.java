package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Scripted faults, and a live source that survives them by reconnecting with back-off. */
class RecoveryTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper recordingSleeper = sleeps::add;

    private static Frame frameOf(ReadResult result) {
        return assertInstanceOf(ReadResult.FrameRead.class, result).frame();
    }

    private static ReadResult.Fault faultOf(ReadResult result, FaultKind kind) {
        ReadResult.Fault fault = assertInstanceOf(ReadResult.Fault.class, result);
        assertEquals(kind, fault.kind(), fault.message());
        return fault;
    }

    /** Reads a frame, checks its index and size, closes it. */
    private static void expectFrame(FrameSource source, long index, int width, int height) {
        try (Frame frame = frameOf(source.read())) {
            assertEquals(index, frame.index());
            assertEquals(width, frame.width());
            assertEquals(height, frame.height());
        }
    }

    @Test
    void scriptedFaultsHappenOnceEachWhereScripted() {
        PhotoSource photos = PhotoSource.live();
        try (FaultInjectingSource source = FaultInjectingSource.wrap(photos)
                .throwAt(1, "USB error")
                .stallAt(2, Duration.ofMillis(700))
                .emptyFramesAt(3, 2)
                .resizeFrom(4, 64, 48)
                .endAt(6)
                .withSleeper(recordingSleeper)) {
            expectFrame(source, 0, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, source::read);
            assertEquals("USB error", thrown.getMessage());
            expectFrame(source, 1, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            assertEquals(List.of(), sleeps);
            expectFrame(source, 2, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            assertEquals(List.of(Duration.ofMillis(700)), sleeps, "stalled before frame 2");
            faultOf(source.read(), FaultKind.EMPTY_FRAME);
            faultOf(source.read(), FaultKind.EMPTY_FRAME);
            expectFrame(source, 3, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            expectFrame(source, 4, 64, 48);
            expectFrame(source, 5, 64, 48);
            assertEquals(new ReadResult.End(6), source.read());
            assertEquals(new ReadResult.End(6), source.read());
        }
        assertTrue(photos.isClosed());
        assertEquals(0, photos.openFrames());
    }

    @Test
    void aLostCameraIsReopenedWithBackoffAndIndicesKeepCounting() {
        List<PhotoSource> cameras = new ArrayList<>();
        Supplier<FrameSource> working = () -> {
            PhotoSource camera = PhotoSource.live();
            cameras.add(camera);
            return camera;
        };
        Deque<Supplier<FrameSource>> openings = new ArrayDeque<>(List.of(
                () -> FaultInjectingSource.wrap(working.get()).throwAt(3, "VIDIOC_DQBUF: No such device"),
                () -> {
                    throw new CameraUnavailableException("Camera 0 is not present; no camera was found");
                },
                () -> {
                    throw new CameraUnavailableException("Camera 0 is not present; no camera was found");
                },
                () -> FaultInjectingSource.wrap(working.get()).emptyFramesAt(2, 1000),
                working));
        try (ReconnectingSource source = ReconnectingSource.open(() -> openings.removeFirst().get(),
                Backoff.DEFAULT, recordingSleeper)) {
            assertEquals(SourceKind.CAMERA, source.info().kind());
            for (int i = 0; i < 3; i++) {
                expectFrame(source, i, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            }
            assertEquals("Camera lost (photo CAMERA): VIDIOC_DQBUF: No such device; reconnecting in 0.5 s",
                    faultOf(source.read(), FaultKind.CAMERA_LOST).message());
            assertTrue(cameras.get(0).isClosed(), "the lost camera is released");
            assertEquals("Camera lost (photo CAMERA): Camera 0 is not present; no camera was found; reconnecting in 1.0 s",
                    faultOf(source.read(), FaultKind.CAMERA_LOST).message());
            faultOf(source.read(), FaultKind.CAMERA_LOST);
            assertEquals(0, source.reconnections());
            expectFrame(source, 3, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            assertEquals(1, source.reconnections());
            assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
            expectFrame(source, 4, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            // a camera that sends only empty images is lost too, after a while
            for (int i = 1; i < ReconnectingSource.MAX_CONSECUTIVE_EMPTY; i++) {
                faultOf(source.read(), FaultKind.EMPTY_FRAME);
            }
            faultOf(source.read(), FaultKind.CAMERA_LOST);
            assertTrue(cameras.get(1).isClosed());
            expectFrame(source, 5, PhotoSource.WIDTH, PhotoSource.HEIGHT);
            assertEquals(Duration.ofMillis(500), sleeps.get(sleeps.size() - 1), "back-off starts again");
            assertEquals(2, source.reconnections());
        }
        assertTrue(cameras.stream().allMatch(PhotoSource::isClosed));
        assertTrue(cameras.stream().allMatch(c -> c.openFrames() == 0));
    }

    @Test
    void aCameraMissingAtTheStartIsAnErrorNotARetry() {
        CameraUnavailableException e = assertThrows(CameraUnavailableException.class,
                () -> ReconnectingSource.open(() -> {
                    throw new CameraUnavailableException("Camera 2 is not present");
                }, Backoff.DEFAULT, recordingSleeper));
        assertEquals("Camera 2 is not present", e.getMessage());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void anInterruptDuringTheBackoffEndsTheWaitAndKeepsTheInterrupt() {
        Sleeper interrupted = d -> {
            throw new InterruptedException();
        };
        try (ReconnectingSource source = ReconnectingSource.open(
                () -> FaultInjectingSource.wrap(PhotoSource.live()).throwAt(0, "gone"), Backoff.DEFAULT, interrupted)) {
            faultOf(source.read(), FaultKind.CAMERA_LOST);
            faultOf(source.read(), FaultKind.CAMERA_LOST);
            assertTrue(Thread.interrupted(), "interrupt flag kept (and cleared here)");
        }
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Duration wait = Backoff.DEFAULT.initial();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            millis.add(wait.toMillis());
            wait = Backoff.DEFAULT.next(wait);
        }
        assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L), millis);
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
