package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StillImageSourceTest {

    @Test
    void aPhotoIsRepeatedAtItsFrameRateThenEnds() {
        try (StillImageSource still = StillImageSource.open(TestPhotos.path("basketball1.png"), 10, 3)) {
            assertEquals(SourceKind.IMAGES, still.info().kind());
            assertEquals(3, still.info().frameCount().orElseThrow());
            Frame previous = null;
            for (int i = 0; i < 3; i++) {
                Frame f = ((ReadResult.FrameRead) still.read()).frame();
                assertEquals(i, f.index());
                assertEquals(i * 100_000_000L, f.timestampNanos());
                assertEquals(still.info().width(), f.width());
                if (previous != null) {
                    assertNotSame(previous.image(), f.image(), "each frame owns its own copy");
                    assertEquals(0, TestVideos.meanAbsDiff(previous.image(), f.image()));
                    previous.close();
                }
                previous = f;
            }
            previous.close();
            assertInstanceOf(ReadResult.End.class, still.read());
        }
    }

    @Test
    void anEndlessStillHasNoFrameCount() {
        try (StillImageSource still = StillImageSource.open(TestPhotos.path("astronaut.png"), 5, Long.MAX_VALUE)) {
            assertTrue(still.info().frameCount().isEmpty());
            ((ReadResult.FrameRead) still.read()).frame().close();
        }
    }

    @Test
    void aFileThatIsNoImageIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("photo.png"), "not a picture");
        UnsupportedSourceException e = assertThrows(UnsupportedSourceException.class,
                () -> StillImageSource.open(junk, 10, 1));
        assertTrue(e.getMessage().contains("photo.png"), e.getMessage());
    }
}
