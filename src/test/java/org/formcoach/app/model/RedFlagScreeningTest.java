package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
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
        assertTrue(s.message().startsWith(RedFlagScreening.STOP_TEXT), s.message());
        assertTrue(s.message().contains("pain that wakes you from sleep or prevents comfortable positioning"),
                s.message());
        assertTrue(s.message().contains("811 in most Canadian provinces"), "the nurse advice line: " + s.message());
        assertTrue(s.message().contains("symptom journal"), s.message());
        assertFalse(s.message().contains("numbness"));
        s.answer("fever", true);
        assertTrue(s.message().contains("pain that wakes you from sleep or prevents comfortable positioning; fever with"
                + " back pain."), "every yes named, in the order asked: " + s.message());
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
    void whatWasFeltDuringTheHeadRotationIsAskedFirst() {
        RedFlagScreening s = new RedFlagScreening(List.of(new RedFlag("fever", "Fever?", false),
                new RedFlag("during", "While you turned your head, numbness?", false, true, null)));
        assertEquals(List.of("during", "fever"), s.questions().stream().map(RedFlag::id).toList());
        assertEquals("What did you feel while turning your head?", s.heading());
        assertTrue(s.assessed());
        assertTrue(s.screened());
    }

    @Test
    void theShippedQuestionsAreWordedForSomeoneWithoutPain() {
        for (RedFlag f : Frames.CATALOG.redFlags()) {
            boolean painQuestion = f.question().toLowerCase(Locale.ROOT).contains("pain");
            boolean during = f.question().startsWith("While you turned your head");
            assertTrue(!painQuestion || during || f.question().startsWith("If you have"), f.question());
        }
    }

    @Test
    void theProgrammesStopListIsComplete() {
        String all = String.join(" ", Frames.CATALOG.redFlags().stream().map(RedFlag::symptom).toList());
        for (String part : new String[] {"numbness or tingling in your arms or hands during movement",
            "wakes you from sleep", "prevents comfortable positioning", "loss of bladder or bowel control",
            "fever", "history of cancer with new upper-back pain"}) {
            assertTrue(all.contains(part), part);
        }
    }

    @Test
    void anUnknownQuestionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> shipped().answer("nope", true));
    }
}
