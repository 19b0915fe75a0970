package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off (mailbox / queue) and the capture thread: counts, pause/resume/stop, no leaks. */
@Timeout(60)
class CaptureLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Takes every frame until the channel is drained, closing each; returns their indices. */
    private static List<Long> drain(FrameChannel channel) throws InterruptedException {
        List<Long> indices = new ArrayList<>();
        while (!channel.isDrained()) {
            Optional<Frame> frame = channel.poll(Duration.ofMillis(200));
            frame.ifPresent(f -> {
                indices.add(f.index());
                f.close();
            });
        }
        return indices;
    }

    private static void awaitState(CaptureLoop loop, CaptureState state) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (loop.stats().state() != state) {
            assertTrue(System.nanoTime() < deadline, "state " + state + " not reached: " + loop.stats());
            Thread.sleep(5);
        }
    }

    private static void awaitHandedOut(PhotoSource source, long frames) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (source.framesHandedOut() < frames) {
            assertTrue(System.nanoTime() < deadline, "the source gave only " + source.framesHandedOut() + " frames");
            Thread.sleep(5);
        }
        Thread.sleep(50); // time to read on, if the loop were not waiting
    }

    @Test
    void theMailboxKeepsTheNewestFrameAndCountsDrops() throws Exception {
        PhotoSource photos = PhotoSource.file(3);
        try (FrameChannel mailbox = FrameChannel.latestOnly()) {
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Frame frame = ((ReadResult.FrameRead) photos.read()).frame();
                frames.add(frame);
                mailbox.put(frame);
            }
            assertEquals(2, mailbox.dropped());
            assertTrue(frames.get(0).isClosed() && frames.get(1).isClosed(), "replaced frames are released");
            try (Frame newest = mailbox.poll(Duration.ZERO).orElseThrow()) {
                assertEquals(2, newest.index());
            }
            assertEquals(Optional.empty(), mailbox.poll(Duration.ofMillis(20)), "nothing left, timed out");
        }
        assertEquals(0, photos.openFrames());
        photos.close();
    }

    @Test
    void closingAChannelReleasesWhatNobodyTook() throws Exception {
        PhotoSource photos = PhotoSource.file(5);
        FrameChannel queue = FrameChannel.bounded(8);
        for (int i = 0; i < 4; i++) {
            queue.put(((ReadResult.FrameRead) photos.read()).frame());
        }
        queue.close();
        assertEquals(0, photos.openFrames());
        queue.put(((ReadResult.FrameRead) photos.read()).frame());
        assertEquals(0, photos.openFrames(), "a put after close releases the frame");
        assertTrue(queue.isDrained());
        photos.close();
    }

    @Test
    void aFileIsReadWholeThroughTheQueueWithASlowConsumer(@TempDir Path dir) throws Exception {
        Path avi = dir.resolve("slow.avi");
        TestVideos.writeMjpegAvi(avi, 40, 160, 120, 20);
        FramePool pool = new FramePool();
        FrameSource source = FrameSources.openPath(avi, CaptureRequest.DEFAULT, pool.share());
        try (pool;
             FrameChannel queue = FrameChannel.forSource(source.info(), 4);
             CaptureLoop loop = CaptureLoop.start(source, queue)) {
            assertFalse(queue.dropsOldest());
            List<Long> indices = new ArrayList<>();
            while (!queue.isDrained()) {
                Optional<Frame> frame = queue.poll(Duration.ofMillis(200));
                if (frame.isPresent()) {
                    try (Frame f = frame.get()) {
                        indices.add(f.index());
                        Thread.sleep(2); // slower than decoding: the queue fills and capture waits
                    }
                }
            }
            assertEquals(40, indices.size());
            for (int i = 0; i < 40; i++) {
                assertEquals(i, indices.get(i));
            }
            assertTrue(loop.awaitEnd(WAIT));
            CaptureStats stats = loop.stats();
            assertEquals(new CaptureStats(40, 0, 0, CaptureState.ENDED, ""), stats);
            CaptureOutcome outcome = loop.outcome().orElseThrow();
            assertEquals(CaptureOutcome.Reason.END_OF_STREAM, outcome.reason());
            assertEquals("slow.avi: read to the end, 40 frames", outcome.message());
            assertTrue(pool.allocations() <= 4 + 2, "an image for each frame in flight (4 queued, one on each"
                    + " thread), not one per frame: " + pool.allocations());
            assertEquals(pool.allocations(), pool.idle(), "every image came back");
        }
    }

    @Test
    void framesTheMailboxDropsGiveTheirImagesBackToo(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("fast.mp4");
        TestVideos.writeWithFfmpeg(mp4, TestVideos.Spec.h264Mp4(160, 120), 60);
        FramePool pool = new FramePool();
        FrameSource source = FrameSources.openPath(mp4, CaptureRequest.DEFAULT, pool.share());
        try (pool;
             FrameChannel mailbox = FrameChannel.latestOnly();
             CaptureLoop loop = CaptureLoop.start(source, mailbox)) {
            long taken = 0;
            while (!mailbox.isDrained()) {
                Optional<Frame> frame = mailbox.poll(Duration.ofMillis(200));
                if (frame.isPresent()) {
                    taken++;
                    Thread.sleep(5); // slower than decoding: the mailbox drops frames
                    frame.get().close();
                }
            }
            assertTrue(loop.awaitEnd(WAIT));
            assertEquals(60, taken + loop.stats().framesDropped());
            assertTrue(pool.allocations() <= 3, "one image in the mailbox and one on each thread: "
                    + pool.allocations());
            assertEquals(pool.allocations(), pool.idle(), "every image came back");
        }
    }

    @Test
    void aLiveSourceNeverWaitsForTheConsumer() throws Exception {
        PhotoSource camera = PhotoSource.live();
        FrameChannel mailbox = FrameChannel.forSource(camera.info(), 4);
        assertTrue(mailbox.dropsOldest());
        CaptureLoop loop = CaptureLoop.start(camera, mailbox);
        List<Long> taken = new ArrayList<>();
        while (taken.size() < 5) {
            mailbox.poll(Duration.ofSeconds(1)).ifPresent(f -> {
                taken.add(f.index());
                f.close();
            });
            Thread.sleep(30); // inference is slow; capture goes on
        }
        assertTrue(loop.stop(WAIT));
        CaptureStats stats = loop.stats();
        assertTrue(stats.framesDropped() > 0, stats.toString());
        for (int i = 1; i < taken.size(); i++) {
            assertTrue(taken.get(i) > taken.get(i - 1), "newest first: " + taken);
        }
        // every frame read was taken, dropped, or is still in the mailbox
        long left = drain(mailbox).size();
        assertEquals(stats.framesRead(), taken.size() + stats.framesDropped() + left, stats.toString());
        mailbox.close();
        assertTrue(camera.isClosed(), "stop releases the camera");
        assertEquals(0, camera.openFrames());
        assertEquals(CaptureOutcome.Reason.STOPPED, loop.outcome().orElseThrow().reason());
    }

    @Test
    void stopWhileWaitingOnAFullQueueReleasesEverything() throws Exception {
        PhotoSource file = PhotoSource.file(100);
        FrameChannel queue = FrameChannel.bounded(3);
        CaptureLoop loop = CaptureLoop.start(file, queue);
        // nobody takes: the loop fills the queue, reads a 4th frame and waits to put it
        awaitHandedOut(file, 4);
        assertEquals(4, file.framesHandedOut(), "capture waits on the full queue");
        assertTrue(loop.stop(WAIT));
        assertTrue(file.isClosed(), "the file is released");
        assertEquals(3, file.openFrames(), "the waiting frame is released; 3 are still queued");
        queue.close();
        assertEquals(0, file.openFrames());
        CaptureOutcome outcome = loop.outcome().orElseThrow();
        assertEquals(CaptureOutcome.Reason.STOPPED, outcome.reason());
        assertEquals(4, outcome.framesRead());
    }

    @Test
    void pauseStopsReadingAndResumeGoesOn() throws Exception {
        PhotoSource file = PhotoSource.file(30);
        FrameChannel queue = FrameChannel.bounded(4);
        CaptureLoop loop = CaptureLoop.start(file, queue);
        loop.pause();
        // the small queue keeps the loop from reaching the end before it sees the pause
        List<Long> taken = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (loop.stats().state() != CaptureState.PAUSED) {
            assertTrue(System.nanoTime() < deadline, loop.stats().toString());
            queue.poll(Duration.ofMillis(10)).ifPresent(f -> {
                taken.add(f.index());
                f.close();
            });
        }
        long readBeforePause = loop.stats().framesRead();
        assertTrue(readBeforePause < 30, loop.stats().toString());
        Thread.sleep(100);
        Optional<Frame> queued;
        while ((queued = queue.poll(Duration.ZERO)).isPresent()) {
            taken.add(queued.get().index());
            queued.get().close();
        }
        Thread.sleep(50);
        assertEquals(readBeforePause, loop.stats().framesRead(), "nothing is read while paused, even with room");
        assertFalse(file.isClosed(), "the source stays open while paused");
        loop.resume();
        taken.addAll(drain(queue));
        assertTrue(loop.awaitEnd(WAIT));
        assertEquals(30, taken.size());
        assertEquals(29L, taken.get(29));
        queue.close();
        assertEquals(0, file.openFrames());
        assertTrue(file.isClosed());
    }

    @Test
    void stopWhilePausedReleasesTheSource() throws Exception {
        PhotoSource camera = PhotoSource.live();
        FrameChannel mailbox = FrameChannel.latestOnly();
        CaptureLoop loop = CaptureLoop.start(camera, mailbox);
        loop.pause();
        awaitState(loop, CaptureState.PAUSED);
        assertTrue(loop.stop(WAIT));
        assertTrue(camera.isClosed());
        mailbox.close();
        assertEquals(0, camera.openFrames());
    }

    @Test
    void aDamagedFileEndsTheCaptureWithWhereItStopped(@TempDir Path dir) throws Exception {
        Path mp4 = dir.resolve("cut.mp4");
        TestVideos.writeWithFfmpeg(mp4, TestVideos.Spec.h264Mp4(160, 120), 40);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(mp4,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        FrameSource source = FrameSources.open(mp4.toString());
        try (FrameChannel queue = FrameChannel.forSource(source.info(), 4);
             CaptureLoop loop = CaptureLoop.start(source, queue)) {
            List<Long> indices = drain(queue);
            assertTrue(loop.awaitEnd(WAIT));
            CaptureOutcome outcome = loop.outcome().orElseThrow();
            assertEquals(CaptureOutcome.Reason.DAMAGED, outcome.reason());
            ReadResult.Damaged damage = outcome.damage().orElseThrow();
            assertEquals(indices.size(), damage.stoppedAtIndex());
            assertEquals(indices.size(), outcome.framesRead());
            assertTrue(indices.size() > 5 && indices.size() < 40, indices.toString());
            assertTrue(outcome.message().startsWith("cut.mp4: reading stopped at frame " + indices.size()),
                    outcome.message());
        }
    }

    @Test
    void aCameraLostMidSessionIsReportedAndTheSessionGoesOn() throws Exception {
        List<PhotoSource> cameras = new ArrayList<>();
        AtomicBoolean unplugged = new AtomicBoolean();
        ReconnectingSource.Opener opener = () -> {
            PhotoSource camera = PhotoSource.live();
            cameras.add(camera);
            // the first camera dies after 10 frames; the next ones are fine
            return cameras.size() == 1 ? FaultInjectingSource.wrap(camera).throwAt(10, "device unplugged") : camera;
        };
        Sleeper waitUntilReplugged = d -> {
            while (!unplugged.get()) {
                Thread.sleep(5);
            }
        };
        FrameSource source = ReconnectingSource.open(opener, Backoff.DEFAULT, waitUntilReplugged);
        FrameChannel mailbox = FrameChannel.forSource(source.info(), 4);
        CaptureLoop loop = CaptureLoop.start(source, mailbox);
        awaitState(loop, CaptureState.CAMERA_LOST);
        assertTrue(loop.stats().lastFault().startsWith("Camera lost (photo CAMERA): device unplugged"),
                loop.stats().lastFault());
        assertEquals(10, loop.stats().framesRead());
        unplugged.set(true);
        awaitState(loop, CaptureState.RUNNING);
        long deadline = System.nanoTime() + WAIT.toNanos();
        long lastIndex = -1;
        while (lastIndex < 20) {
            assertTrue(System.nanoTime() < deadline);
            Optional<Frame> frame = mailbox.poll(Duration.ofMillis(100));
            if (frame.isPresent()) {
                try (Frame f = frame.get()) {
                    assertTrue(f.index() > lastIndex);
                    lastIndex = f.index();
                }
            }
        }
        assertTrue(loop.stop(WAIT));
        CaptureStats stats = loop.stats();
        assertTrue(stats.framesRead() > 20 && stats.faults() >= 1, stats.toString());
        drain(mailbox);
        mailbox.close();
        assertEquals(2, cameras.size());
        assertTrue(cameras.stream().allMatch(PhotoSource::isClosed));
        assertTrue(cameras.stream().allMatch(c -> c.openFrames() == 0));
    }

    @Test
    void aStalledCameraCanStillBeStopped() throws Exception {
        PhotoSource camera = PhotoSource.live();
        FaultInjectingSource stalling = FaultInjectingSource.wrap(camera).stallAt(3, Duration.ofMinutes(5));
        FrameChannel mailbox = FrameChannel.latestOnly();
        CaptureLoop loop = CaptureLoop.start(stalling, mailbox);
        awaitHandedOut(camera, 3);
        assertEquals(3, loop.stats().framesRead(), "stalled");
        assertTrue(loop.stop(WAIT), "stop interrupts the stall");
        assertTrue(camera.isClosed());
        mailbox.close();
        assertEquals(0, camera.openFrames());
    }

    @Test
    void aResolutionChangeMidStreamPassesThrough() throws Exception {
        PhotoSource file = PhotoSource.file(10);
        FrameSource source = FaultInjectingSource.wrap(file).resizeFrom(5, 80, 60);
        try (FrameChannel queue = FrameChannel.bounded(4); CaptureLoop loop = CaptureLoop.start(source, queue)) {
            List<String> sizes = new ArrayList<>();
            while (!queue.isDrained()) {
                queue.poll(Duration.ofMillis(200)).ifPresent(f -> {
                    sizes.add(f.index() + ":" + f.width() + "x" + f.height());
                    f.close();
                });
            }
            assertEquals(List.of("0:160x120", "1:160x120", "2:160x120", "3:160x120", "4:160x120",
                    "5:80x60", "6:80x60", "7:80x60", "8:80x60", "9:80x60"), sizes);
            assertTrue(loop.awaitEnd(WAIT));
        }
        assertEquals(0, file.openFrames());
    }

    @Test
    void aSourceThatThrowsEndsTheCaptureAsFailedAndIsReleased() throws Exception {
        PhotoSource file = PhotoSource.file(10);
        FrameSource source = FaultInjectingSource.wrap(file).throwAt(4, "disk error");
        try (FrameChannel queue = FrameChannel.bounded(16); CaptureLoop loop = CaptureLoop.start(source, queue)) {
            assertTrue(loop.awaitEnd(WAIT));
            assertEquals(4, drain(queue).size());
            CaptureOutcome outcome = loop.outcome().orElseThrow();
            assertEquals(CaptureOutcome.Reason.FAILED, outcome.reason());
            assertEquals("photo VIDEO_FILE: reading failed: disk error", outcome.message());
        }
        assertTrue(file.isClosed());
        assertEquals(0, file.openFrames());
    }
}
