package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RealTimeSourceTest {

    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    /** Sleeping moves the fake clock on, as a real sleep would. */
    private final Sleeper sleeper = d -> {
        waits.add(d);
        clock.addAndGet(d.toNanos());
    };

    private void readAndClose(FrameSource source) {
        ReadResult r = source.read();
        if (r instanceof ReadResult.FrameRead f) {
            f.frame().close();
        }
    }

    @Test
    void framesOfAFileAreHandedOnAtTheirRecordedPace() {
        // PhotoSource stamps frame i at i / 30 s
        try (RealTimeSource paced = new RealTimeSource(PhotoSource.file(4), clock::get, sleeper)) {
            for (int i = 0; i < 4; i++) {
                readAndClose(paced);
            }
            assertEquals(3, waits.size(), "the first frame goes at once");
            waits.forEach(w -> assertEquals(1e9 / 30, w.toNanos(), 1));
        }
    }

    @Test
    void afterAPauseTheClockIsRebasedInsteadOfRushing() {
        try (RealTimeSource paced = new RealTimeSource(PhotoSource.file(4), clock::get, sleeper)) {
            readAndClose(paced);
            clock.addAndGet(Duration.ofSeconds(10).toNanos());  // paused for 10 s
            readAndClose(paced);
            assertEquals(List.of(), waits, "late: no wait, and the clock starts again here");
            readAndClose(paced);
            assertEquals(1, waits.size());
            assertEquals(1e9 / 30, waits.get(0).toNanos(), 1);
        }
    }

    @Test
    void aCameraIsNotPaced() {
        PhotoSource camera = PhotoSource.live();
        try (FrameSource wrapped = RealTimeSource.wrap(camera)) {
            assertSame(camera, wrapped);
        }
    }
}
