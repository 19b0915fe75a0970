package org.formcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.formcoach.capture.Frame;
import org.formcoach.capture.ReadResult;
import org.formcoach.capture.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {

    @TempDir
    Path tmp;

    @Test
    void aShortFileIsLoopedWithRisingIndicesAndTimes() {
        Path avi = tmp.resolve("ten.avi");
        TestVideos.writeMjpegAvi(avi, 10, 160, 120, 30);
        try (ReplaySource replay = ReplaySource.asFile(avi, 25)) {
            assertFalse(replay.info().isLive());
            long lastTime = -1;
            for (int i = 0; i < 25; i++) {
                ReadResult r = replay.read();
                try (Frame f = assertInstanceOf(ReadResult.FrameRead.class, r).frame()) {
                    assertEquals(i, f.index());
                    assertTrue(f.timestampNanos() > lastTime, "time rises across the loop at frame " + i);
                    lastTime = f.timestampNanos();
                }
            }
            assertInstanceOf(ReadResult.End.class, replay.read());
            // 25 frames at 30 fps: the last one is shown at 24/30 s
            assertEquals(24 / 30.0, lastTime / 1e9, 0.002);
        }
    }

    @Test
    void aLiveReplayIsACameraPacedAtTheFileRate() {
        Path avi = tmp.resolve("ten.avi");
        TestVideos.writeMjpegAvi(avi, 10, 160, 120, 30);
        try (ReplaySource replay = ReplaySource.live(avi, 15)) {
            assertTrue(replay.info().isLive());
            long start = System.nanoTime();
            for (int i = 0; i < 15; i++) {
                ((ReadResult.FrameRead) replay.read()).frame().close();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds > 14 / 30.0 - 0.05, "paced like a 30 fps camera, took " + seconds + " s");
        }
    }
}
