package org.formcoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyCheckTest {

    private static final List<RedFlag> FLAGS = new RoutineLoader().load(Path.of("routines")).redFlags();

    @Test
    void theShippedQuestionsCoverTheCatalogue() {
        assertEquals(List.of("arm-numbness", "radiating-pain", "night-pain", "bladder-bowel", "fever", "cancer-history"),
                FLAGS.stream().map(RedFlag::id).toList());
    }

    @Test
    void anyYesStopsAndBladderOrBowelIsAnEmergency() {
        assertEquals(SafetyCheck.Verdict.CONTINUE, SafetyCheck.assess(FLAGS, List.of()));
        assertEquals(SafetyCheck.Verdict.STOP, SafetyCheck.assess(FLAGS, List.of("night-pain")));
        assertEquals(SafetyCheck.Verdict.STOP, SafetyCheck.assess(FLAGS, List.of("arm-numbness", "fever")));
        assertEquals(SafetyCheck.Verdict.EMERGENCY, SafetyCheck.assess(FLAGS, List.of("fever", "bladder-bowel")));
        assertEquals("Please seek emergency medical care now.", SafetyCheck.Verdict.EMERGENCY.advice());
    }

    @Test
    void answersMustBeToQuestionsAsked() {
        assertThrows(IllegalArgumentException.class, () -> SafetyCheck.assess(FLAGS, List.of("dizzy")));
    }
}
