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
        // the programme's order: what was felt during the head rotation first, then the other red flags
        assertEquals(List.of("numbness-during", "radiating-during", "arm-numbness", "night-pain", "bladder-bowel",
                "fever", "cancer-history"), FLAGS.stream().map(RedFlag::id).toList());
        assertEquals(List.of(true, true, false, false, false, false, false),
                FLAGS.stream().map(RedFlag::duringMovement).toList());
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
