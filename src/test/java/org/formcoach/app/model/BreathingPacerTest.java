package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.formcoach.app.model.BreathingPacer.Breath;
import org.formcoach.app.model.BreathingPacer.Phase;
import org.formcoach.routine.Breathing;
import org.junit.jupiter.api.Test;

/** The breathing guide's timing: the rhomboid release's 4-4-6 and the deep breathing's 4-6. */
class BreathingPacerTest {

    private static final Breathing FOUR_FOUR_SIX = new Breathing(4, 4, 6);

    @Test
    void fourFourSixIsInForFourHoldForFourOutForSix() {
        assertEquals(new Breath(Phase.INHALE, 1, 4, 0, 1), BreathingPacer.at(FOUR_FOUR_SIX, 0));
        assertEquals(Phase.INHALE, BreathingPacer.at(FOUR_FOUR_SIX, 3.99).phase());
        assertEquals(4, BreathingPacer.at(FOUR_FOUR_SIX, 3.99).count());
        assertEquals(new Breath(Phase.HOLD, 1, 4, 1, 1), BreathingPacer.at(FOUR_FOUR_SIX, 4));
        assertEquals(3, BreathingPacer.at(FOUR_FOUR_SIX, 6.5).count());
        assertEquals(new Breath(Phase.EXHALE, 1, 6, 1, 1), BreathingPacer.at(FOUR_FOUR_SIX, 8));
        assertEquals(6, BreathingPacer.at(FOUR_FOUR_SIX, 13.9).count());
        assertEquals(new Breath(Phase.INHALE, 1, 4, 0, 2), BreathingPacer.at(FOUR_FOUR_SIX, 14), "the next breath");
        assertEquals("Breathe out 2 of 6", BreathingPacer.at(FOUR_FOUR_SIX, 9.5).text());
    }

    @Test
    void theShapeGrowsBreathingInStaysHoldingAndShrinksBreathingOut() {
        double last = -1;
        for (double t = 0; t < 4; t += 0.25) {
            double scale = BreathingPacer.at(FOUR_FOUR_SIX, t).scale();
            assertTrue(scale > last, "grows at " + t);
            last = scale;
        }
        assertEquals(0.5, BreathingPacer.at(FOUR_FOUR_SIX, 2).scale(), 1e-9, "half full half way in");
        for (double t = 4; t < 8; t += 0.5) {
            assertEquals(1, BreathingPacer.at(FOUR_FOUR_SIX, t).scale(), 1e-9, "full while holding");
        }
        last = 2;
        for (double t = 8; t < 14; t += 0.25) {
            double scale = BreathingPacer.at(FOUR_FOUR_SIX, t).scale();
            assertTrue(scale < last, "shrinks at " + t);
            last = scale;
        }
    }

    @Test
    void deepBreathingWithoutAHoldGoesStraightFromInToOut() {
        Breathing deep = new Breathing(4, 0, 6);
        assertEquals(Phase.EXHALE, BreathingPacer.at(deep, 4).phase());
        assertEquals(Phase.INHALE, BreathingPacer.at(deep, 10).phase());
        assertEquals(2, BreathingPacer.at(deep, 10).breath());
    }

    @Test
    void theSoundMarksEachPhaseOnceAndNothingWhenMuted() {
        SoundCues cues = new SoundCues();
        List<Sound> played = new ArrayList<>();
        for (double t = 0; t < 28; t += 1 / 15.0) {  // two breaths at 15 frames a second
            cues.onBreath(BreathingPacer.at(FOUR_FOUR_SIX, t)).ifPresent(played::add);
        }
        assertEquals(List.of(Sound.BREATHE_IN, Sound.BREATHE_HOLD, Sound.BREATHE_OUT, Sound.BREATHE_IN,
                Sound.BREATHE_HOLD, Sound.BREATHE_OUT), played);
        cues.setMuted(true);
        assertEquals(Optional.empty(), cues.onBreath(BreathingPacer.at(FOUR_FOUR_SIX, 30)));
    }
}
