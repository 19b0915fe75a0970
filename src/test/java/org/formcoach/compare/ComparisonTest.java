package org.formcoach.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.formcoach.recording.Recording;
import org.formcoach.recording.TestRecordings;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comparisons on the corpus's real push-up clips, analysed by the real model. */
class ComparisonTest {

    static Exercise exercise;
    static ReviewMedia demo;
    static ReviewMedia attempt;

    @BeforeAll
    static void record() throws Exception {
        exercise = new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup").orElseThrow();
        demo = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration")));
        attempt = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt")));
    }

    @Test
    void aRecordingComparedWithItselfDiffersInNothing() {
        Comparison.Result r = Comparison.compare(demo, demo, exercise);
        assertEquals(demo.reps().size(), r.reps().size());
        assertEquals(java.util.List.of("elbow angle", "hip-line", "head-line"), r.signals());
        Comparison.RepComparison same = r.reps().stream().filter(c -> c.attemptRep() == r.referenceRep())
                .findFirst().orElseThrow();
        assertEquals(0, same.meanCost(), 1e-9);
        for (Comparison.PhaseDiff d : same.diffs()) {
            assertTrue(d.brokenOnlyByAttempt().isEmpty(), d.toString());
            for (Comparison.SignalDiff s : d.signals()) {
                assertEquals(0, s.meanDiff(), 1e-9, d.phase() + " " + s);
                assertEquals(0, s.meanAbsDiff(), 1e-9);
            }
        }
    }

    @Test
    void anotherPersonsPushUpsAreAlignedRepByRepAndTheirDifferencesShow() {
        Comparison.Result r = Comparison.compare(demo, attempt, exercise);
        assertEquals(attempt.reps().size(), r.reps().size());
        assertTrue(r.reps().size() >= 3, "the attempt has four push-ups");
        for (Comparison.RepComparison c : r.reps()) {
            // every reference frame has its attempt frame, in order, inside the attempt's rep
            for (int i = 1; i < c.warped().length; i++) {
                assertTrue(c.warped()[i] >= c.warped()[i - 1]);
            }
            assertEquals(c.referenceFrames().length, c.warped().length);
            assertTrue(c.meanCost() > 0);
        }
        // every phase of the rep was seen
        for (Comparison.PhaseDiff d : r.summary()) {
            assertTrue(d.frames() > 0, d.phase() + " has frames");
            assertEquals(3, d.signals().size());
        }
        // the attempt sags at the hips where the demonstration does not (labelled in the corpus)
        boolean hipSag = r.summary().stream().anyMatch(d -> d.brokenOnlyByAttempt().contains("hip-line"));
        double hipDiff = r.summary().stream().mapToDouble(d -> d.signals().get(1).meanAbsDiff()).max().orElse(0);
        assertTrue(hipSag || hipDiff > 5, "the hip line differs: " + r.summary());
        assertFalse(r.reps().get(0).diffs().isEmpty());
    }
}
