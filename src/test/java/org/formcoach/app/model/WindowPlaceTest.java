package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.formcoach.app.model.WindowPlace.Area;
import org.formcoach.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlaceTest {

    /** A 1366 × 768 laptop screen with a 40-pixel task bar at the bottom. */
    private static final Area LAPTOP = new Area(0, 0, 1366, 728);
    /** A 1280 × 720 screen with the same task bar. */
    private static final Area SMALL = new Area(0, 0, 1280, 680);

    @TempDir
    Path dir;

    @Test
    void theFirstStartFitsTheScreenItOpensOn() {
        assertEquals(new WindowPlace(43, 0, 1280, 728, false), WindowPlace.choose(Optional.empty(), List.of(LAPTOP)));
        assertEquals(new WindowPlace(0, 0, 1280, 680, false), WindowPlace.choose(Optional.empty(), List.of(SMALL)));
        assertEquals(new WindowPlace(320, 200, 1280, 800, false),
                WindowPlace.choose(Optional.empty(), List.of(new Area(0, 0, 1920, 1200))));
    }

    @Test
    void theRememberedPlaceIsUsedWhileItIsOnAScreen() {
        WindowPlace kept = new WindowPlace(100, 40, 1000, 650, false);
        assertEquals(kept, WindowPlace.choose(Optional.of(kept), List.of(LAPTOP)));
        WindowPlace right = new WindowPlace(1500, 100, 1200, 800, true);
        assertEquals(right, WindowPlace.choose(Optional.of(right),
                List.of(LAPTOP, new Area(1366, 0, 1920, 1080))), "on the second screen, maximized");
    }

    @Test
    void aPlaceOnAScreenThatIsGoneOrSmallerIsBroughtBack() {
        WindowPlace second = new WindowPlace(1500, 100, 1200, 800, false);
        assertEquals(new WindowPlace(43, 0, 1280, 728, false), WindowPlace.choose(Optional.of(second), List.of(LAPTOP)),
                "the second screen was unplugged: the middle of the laptop's");
        WindowPlace big = new WindowPlace(200, 100, 1600, 1000, false);
        assertEquals(new WindowPlace(0, 0, 1280, 680, false), WindowPlace.choose(Optional.of(big), List.of(SMALL)),
                "no larger than the screen, and moved onto it");
        WindowPlace above = new WindowPlace(100, -500, 1000, 650, false);
        assertEquals(new WindowPlace(43, 0, 1280, 728, false), WindowPlace.choose(Optional.of(above), List.of(LAPTOP)),
                "a title bar that cannot be reached is not used");
    }

    @Test
    void thePlaceIsKeptInTheDatabase() {
        try (SessionStore store = SessionStore.open(dir.resolve("data"), Clock.systemUTC())) {
            StoredSettings settings = new StoredSettings(store, dir.resolve("none"));
            settings.load();
            assertEquals(Optional.empty(), settings.windowPlace());
            WindowPlace p = new WindowPlace(12.5, 30, 1100, 700, true);
            settings.saveWindowPlace(p);
            assertEquals(Optional.of(p), new StoredSettings(store, dir.resolve("none")).windowPlace());
            assertEquals(AppSettings.DEFAULT, settings.load(), "beside the other settings, which stay");
        }
    }
}
