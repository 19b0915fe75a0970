package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.formcoach.routine.RedFlag;
import org.junit.jupiter.api.Test;

class RedFlagScreeningTest {

    /** The shipped questions: numbness, radiating pain, night pain, bladder/bowel (urgent). */
    private RedFlagScreening shipped() {
        RedFlagScreening s = new RedFlagScreening(Frames.CATALOG.redFlags());
        assertTrue(s.questions().stream().anyMatch(RedFlag::urgent), "the shipped questions include an urgent one");
        return s;
    }

    private void answerAll(RedFlagScreening s, boolean yes) {
        s.questions().forEach(q -> s.answer(q.id(), yes));
    }

    @Test
    void coachingWaitsForEveryAnswer() {
        RedFlagScreening s = shipped();
        assertEquals(RedFlagScreening.Outcome.INCOMPLETE, s.outcome());
        s.answer("arm-numbness", false);
        assertEquals(RedFlagScreening.Outcome.INCOMPLETE, s.outcome());
        assertFalse(s.mayCoach());
    }

    @Test
    void allNoLetsCoachingGoOn() {
        RedFlagScreening s = shipped();
        answerAll(s, false);
        assertEquals(RedFlagScreening.Outcome.CONTINUE, s.outcome());
        assertTrue(s.mayCoach());
    }

    @Test
    void anyYesStopsAndNamesWhatToTellTheProvider() {
        RedFlagScreening s = shipped();
        answerAll(s, false);
        s.answer("night-pain", true);
        assertEquals(RedFlagScreening.Outcome.STOP, s.outcome());
        assertFalse(s.mayCoach());
        assertEquals("Please do not exercise with FormCoach for now. Contact a healthcare provider (your doctor or"
                + " physiotherapist) and tell them what you answered \"yes\" to: Does your pain wake you at night?",
                s.message(), "the question as it was asked");
        s.answer("fever", true);
        assertTrue(s.message().endsWith("to: Does your pain wake you at night? Do you have a fever with your back pain?"),
                s.message());
    }

    @Test
    void lossOfBladderOrBowelControlSaysEmergencyAtOnce() {
        RedFlagScreening s = shipped();
        s.answer("bladder-bowel", true);
        assertEquals(RedFlagScreening.Outcome.URGENT_STOP, s.outcome(), "no need to answer the rest first");
        assertTrue(s.message().contains("emergency"), s.message());
        s.answer("bladder-bowel", false);
        assertEquals(RedFlagScreening.Outcome.INCOMPLETE, s.outcome(), "an answer can be changed");
    }

    @Test
    void anUnknownQuestionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> shipped().answer("nope", true));
    }
}
