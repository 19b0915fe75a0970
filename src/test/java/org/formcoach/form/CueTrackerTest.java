package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.rule.Axis;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleKinds;
import org.formcoach.rule.RuleSpec;
import org.formcoach.rule.Severity;
import org.formcoach.rule.Side;
import org.junit.jupiter.api.Test;

class CueTrackerTest {

    private static final long MS = 1_000_000L;
    private static final Cue CUE = new Cue("body-line", "lift your hips", Severity.ERROR, List.of(Keypoint.LEFT_HIP));

    @Test
    void aCueFlickeringEveryFrameNeverShows() {
        CueTracker tracker = new CueTracker(1.5);
        List<FormEvent> events = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            List<CueTracker.Candidate> raw = i % 2 == 0 ? List.of(new CueTracker.Candidate(CUE, 0.5)) : List.of();
            assertEquals(List.of(), tracker.update(i * 33 * MS, raw, events));
        }
        assertEquals(List.of(), events);
    }

    @Test
    void aShownCueStaysForItsMinimumOnTime() {
        CueTracker tracker = new CueTracker(1.5);
        List<FormEvent> events = new ArrayList<>();
        long t = 0;
        for (; t < 600 * MS; t += 33 * MS) {
            tracker.update(t, List.of(new CueTracker.Candidate(CUE, 0.5)), events);
        }
        long shownAt = events.get(0).timestampNanos();
        assertEquals(FormEvent.Type.CUE_STARTED, events.get(0).type());
        assertTrue(shownAt >= 500 * MS && shownAt < 600 * MS);
        // the fault goes away at once; the cue stays until 1.5 s after it appeared
        for (; t < shownAt + 1500 * MS; t += 33 * MS) {
            assertEquals(List.of(CUE), tracker.update(t, List.of(), events));
        }
        assertEquals(List.of(), tracker.update(t, List.of(), events));
        assertEquals(FormEvent.Type.CUE_ENDED, events.get(1).type());
    }

    @Test
    void ruleHysteresisHoldsAViolationUntilClearlyFixed() {
        RuleSpec spec = new RuleSpec("elbow", RuleKinds.ANGLE, List.of(Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW,
                Keypoint.LEFT_WRIST), Axis.UP, List.of(), null, 150.0, null, "bend less", Severity.WARNING,
                Side.NEAR, RepPhase.ANY, false, 0, 5, java.util.Set.of());
        RuleChecker checker = new RuleChecker(spec);
        Skeleton arm = Skeleton.standing(View.LEFT_SIDE);
        assertEquals(RuleChecker.Violation.NONE, check(checker, arm.withElbowAngle(148)));
        assertEquals(RuleChecker.Violation.ABOVE, check(checker, arm.withElbowAngle(152)));
        assertEquals(RuleChecker.Violation.ABOVE, check(checker, arm.withElbowAngle(147)), "inside by less than 5°");
        assertEquals(RuleChecker.Violation.NONE, check(checker, arm.withElbowAngle(144)));
    }

    private static RuleChecker.Violation check(RuleChecker checker, Skeleton s) {
        return checker.check(new Body(s.pose(), View.LEFT_SIDE, 0.3), RepPhase.ANY, null, 0).violation();
    }
}
