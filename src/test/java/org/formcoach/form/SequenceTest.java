package org.formcoach.form;

import org.formcoach.body.View;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.formcoach.routine.Dose;
import org.junit.jupiter.api.Test;

/** The 4-direction shoulder activation from the side. */
class SequenceTest {

    static final Skeleton BODY = Skeleton.standing(View.RIGHT_SIDE).withNoise(1.5);
    // shoulder shifts in cm: a shrug is 5–8 cm, retraction / protraction 3–5 cm
    static final Skeleton UP = BODY.withShoulderShift(6, 0);
    static final Skeleton BACK = BODY.withShoulderShift(0, -4);
    static final Skeleton DOWN = BODY.withShoulderShift(-4, 0);
    static final Skeleton FORWARD = BODY.withShoulderShift(0, 4);

    private static ExerciseEvaluator evaluator(int cycles) {
        return new ExerciseEvaluator(Clip.shipped("shoulder-activation"), new Dose(1, 0, 0, 0, 0, 0, cycles), null,
                ExerciseEvaluator.Options.DEFAULT);
    }

    @Test
    void sixCyclesInOrderAreCounted() {
        Random random = new Random(11);
        Clip clip = new Clip(evaluator(6)).play(1.5, t -> BODY.pose(random));
        for (int cycle = 0; cycle < 6; cycle++) {
            for (Skeleton position : List.of(UP, BACK, DOWN, FORWARD)) {
                clip.play(2.4, t -> position.pose(random));
            }
        }
        TrackerState.Sequence s = (TrackerState.Sequence) clip.last().state();
        assertEquals(6, s.cycles());
        assertTrue(s.done());
        assertEquals(24, clip.events(FormEvent.Type.POSITION_REACHED).size());
        assertEquals(List.of("elevation", "retraction", "depression", "protraction"),
                clip.events(FormEvent.Type.POSITION_REACHED).stream().limit(4).map(FormEvent::subject).toList());
        assertEquals(6, clip.events(FormEvent.Type.CYCLE_DONE).size());
        assertEquals(1, clip.events(FormEvent.Type.SET_DONE).size());
        assertEquals(0, clip.events(FormEvent.Type.OUT_OF_ORDER).size());
    }

    @Test
    void outOfOrderIsFlagged() {
        Random random = new Random(12);
        Clip clip = new Clip(evaluator(6)).play(1.5, t -> BODY.pose(random))
                .play(2.4, t -> UP.pose(random))
                .play(2.4, t -> DOWN.pose(random)); // skips retraction
        List<FormEvent> flagged = clip.events(FormEvent.Type.OUT_OF_ORDER);
        assertEquals(1, flagged.size());
        assertEquals("depression", flagged.get(0).subject());
        assertEquals("squeeze your shoulder blades back", clip.last().cues().stream()
                .filter(c -> c.id().equals(ExerciseEvaluator.CUE_ORDER)).findFirst().orElseThrow().text());
        TrackerState.Sequence s = (TrackerState.Sequence) clip.last().state();
        assertEquals(1, s.positionIndex(), "still waiting for retraction");
        assertEquals("retraction", s.positionName());
        assertEquals(1, clip.events(FormEvent.Type.POSITION_REACHED).size());
    }

    @Test
    void tooShortPositionsDoNotAdvance() {
        Random random = new Random(13);
        Clip clip = new Clip(evaluator(1)).play(1.5, t -> BODY.pose(random));
        for (Skeleton position : List.of(UP, BACK, DOWN, FORWARD)) {
            clip.play(1.0, t -> position.pose(random));
        }
        assertEquals(0, clip.events(FormEvent.Type.POSITION_REACHED).size(), "1 s is short of the 2 s asked");
        assertFalse(clip.last().state().done());
    }
}
