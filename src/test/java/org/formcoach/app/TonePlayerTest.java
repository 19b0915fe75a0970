package org.formcoach.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.formcoach.app.model.Sound;
import org.junit.jupiter.api.Test;

class TonePlayerTest {

    private static double seconds(byte[] pcm) {
        return pcm.length / 2.0 / TonePlayer.RATE;
    }

    @Test
    void eachSoundIsShortAudibleAndItsOwn() {
        byte[] rep = TonePlayer.synthesise(Sound.REP_COUNTED);
        byte[] hold = TonePlayer.synthesise(Sound.HOLD_DONE);
        byte[] fix = TonePlayer.synthesise(Sound.CORRECTION);
        assertTrue(seconds(rep) < 0.1, "a tick: " + seconds(rep));
        assertTrue(seconds(hold) > 0.3 && seconds(hold) < 0.5, "two notes: " + seconds(hold));
        assertTrue(seconds(fix) > 0.2 && seconds(fix) < 0.4, "a double buzz: " + seconds(fix));
        for (byte[] pcm : new byte[][] {rep, hold, fix}) {
            int peak = 0;
            for (int i = 0; i < pcm.length; i += 2) {
                peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
            }
            assertTrue(peak > 8000, "audible, peak " + peak);
        }
        assertFalse(Arrays.equals(rep, fix));
    }

    @Test
    void playingOnAMachineWithoutSoundOutputNeverThrows() {
        // CI has no audio device: the player must log once and stay quiet
        assertDoesNotThrow(() -> {
            try (TonePlayer player = new TonePlayer()) {
                for (Sound s : Sound.values()) {
                    player.accept(s);
                }
                Thread.sleep(300);
            }
        });
    }
}
