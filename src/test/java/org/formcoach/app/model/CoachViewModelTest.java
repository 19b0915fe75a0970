package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.CATALOG;
import static org.formcoach.app.model.Frames.cue;
import static org.formcoach.app.model.Frames.pose;
import static org.formcoach.app.model.Frames.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.formcoach.body.View;
import org.formcoach.capture.CaptureOutcome;
import org.formcoach.form.ExerciseEvaluator;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachText;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pose.Keypoint;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.Severity;
import org.junit.jupiter.api.Test;

class CoachViewModelTest {

    private final Exercise wall = CATALOG.exercise("wall-pushup").orElseThrow();
    private final RoutineSession single = RoutineSession.single(wall, CATALOG);
    private final CoachViewModel vm = new CoachViewModel(single.routine(), CATALOG, 0.3);

    private CoachView present(FormFrame form, double fps) {
        CoachFrame frame = Frames.frame("wall-pushup", pose(), form);
        return vm.present(frame, single.onFrame(frame).state(), fps);
    }

    @Test
    void countingWithGoodFormShowsTheCounterTheRingAndGoodForm() {
        CoachView v = present(Frames.reps(1, 3, 8), 14.83);
        assertEquals("Wall push-up", v.title());
        assertEquals("Good form", v.banner());
        assertEquals(Tone.GOOD, v.bannerTone());
        assertEquals("Set 1 of 2 — 3 / 8", v.counter());
        assertEquals(3 / 8.0, v.ring(), 1e-9);
        assertEquals("3", v.ringText());
        assertEquals("reps", v.ringCaption());
        assertEquals("14.8 fps · 52 ms", v.readout());
        assertEquals("", v.guide());
        assertEquals(List.of(new StepLine("Wall push-up — 2 × 8 reps, 60 s rest", StepLine.Status.CURRENT)), v.steps());
    }

    @Test
    void theMostSevereCueIsTheBannerInItsColour() {
        FormFrame form = Frames.form(1, new TrackerState.Reps(2, 8, 0, RepPhase.DOWN, false),
                List.of(cue("body-line", "lower your hips into line", Severity.ERROR, Keypoint.LEFT_HIP),
                        cue("elbow-depth", "stop at 90°", Severity.WARNING)), List.of(), List.of());
        CoachView v = present(form, 10);
        assertEquals("Lower your hips into line", v.banner());
        assertEquals(Tone.ERROR, v.bannerTone());
    }

    @Test
    void theGuideAppearsWhenNobodyIsInViewAndTheBannerThenNamesTheTask() {
        FormFrame nobody = new FormFrame(seconds(1), View.UNKNOWN, false, List.of(),
                List.of(cue(ExerciseEvaluator.CUE_POSITION, "step into view, head to feet", Severity.INFO)), List.of(),
                new TrackerState.Reps(0, 8, 0, RepPhase.TOP, false));
        CoachView v = vm.present(Frames.frame("wall-pushup", null, nobody), single.state(), 10);
        assertEquals("Step into view, head to feet", v.guide());
        assertEquals(CoachViewModel.GET_INTO_POSITION, v.banner());
        assertEquals(Tone.INFO, v.bannerTone());
        assertEquals(Overlay.EMPTY, v.overlay());

        FormFrame noCueYet = new FormFrame(seconds(1), View.UNKNOWN, false, List.of(), List.of(), List.of(),
                new TrackerState.Reps(0, 8, 0, RepPhase.TOP, false));
        assertEquals("Step into the camera's view",
                vm.present(Frames.frame("wall-pushup", null, noCueYet), single.state(), 10).guide());
    }

    @Test
    void theViewNoteGoesToTheGuideWhileCoachingGoesOn() {
        String note = "from the front, your hip line and head line are not checked; turn sideways to have them checked";
        FormFrame front = new FormFrame(seconds(1), View.FRONT, true, List.of(),
                List.of(cue(ExerciseEvaluator.CUE_VIEW, note, Severity.INFO)), List.of(),
                new TrackerState.Reps(2, 8, 0, RepPhase.TOP, false));
        CoachView v = present(front, 10);
        assertEquals(CoachText.capitalise(note), v.guide());
        assertEquals("Good form", v.banner(), "counting goes on: the note is no correction");
        assertEquals("Set 1 of 2 — 2 / 8", v.counter());
        assertTrue(v.instructions().startsWith("Stand 18–24 inches (45–60 cm) from the wall"), v.instructions());
        assertTrue(v.instructions().contains("Not checked by the camera: distance from the wall"), v.instructions());
    }

    @Test
    void restingBetweenSetsRunsTheRingDownAndSaysWhatComesNext() {
        present(Frames.reps(0, 0, 8), 10);
        present(Frames.reps(30, 8, 8, FormEvent.Type.SET_DONE), 10);
        CoachView v = present(Frames.reps(45, 8, 8), 10);
        assertEquals("Rest", v.title());
        assertEquals(Tone.INFO, v.bannerTone());
        assertEquals("Rest — next: set 2 of 2 of Wall push-up", v.counter());
        assertEquals(45 / 60.0, v.ring(), 1e-9);
        assertEquals("45 s", v.ringText());
    }

    @Test
    void theStepListMarksDoneCurrentNextAndLater() {
        Routine weekend = CATALOG.session(CATALOG.routine("weekend-session").orElseThrow());
        RoutineRunner runner = new RoutineRunner(weekend, CATALOG);
        runner.start(0);
        runner.skip(0);
        RoutineRunner.State third = runner.skip(0);
        List<StepLine> lines = new CoachViewModel(weekend, CATALOG, 0.3).steps(third);
        assertEquals(weekend.steps().size(), lines.size());
        assertEquals(List.of(StepLine.Status.DONE, StepLine.Status.DONE, StepLine.Status.CURRENT,
                StepLine.Status.NEXT, StepLine.Status.LATER), lines.subList(0, 5).stream().map(StepLine::status).toList());
        assertEquals("Warm-up: Chest opener — 15 s hold", lines.get(0).text());
        assertEquals("Warm-up: Shoulder rolls — 4 forward + 4 backward, within 0:45", lines.get(1).text());
        assertEquals("Shoulder rolls — 6 forward + 6 backward, within 1:00", lines.get(2).text());
        assertEquals("Side-lying thoracic rotation — 8 per side, within 3:00", lines.get(4).text());
        assertEquals("Rest 15 s — come up onto your knees on the mat", lines.get(5).text());
    }

    @Test
    void aFrameStillFromTheLastExerciseSaysGetReady() {
        FormFrame stale = Frames.reps(1, 5, 5);
        CoachView v = vm.present(Frames.frame("chest-opener", pose(), stale), single.state(), 10);
        assertEquals("Get ready: Wall push-up", v.banner());
        assertTrue(v.counter().startsWith("Set 1 of 2 — "), v.counter());
    }

    @Test
    void holdsAndWatchesHaveTheirOwnRing() {
        assertEquals(0.5, CoachViewModel.ring(new TrackerState.Hold(10, 20, true, false, false)), 1e-9);
        assertEquals("10 s", CoachViewModel.ringText(new TrackerState.Hold(10.7, 20, true, false, false)));
        assertFalse(new CoachView("", "", Tone.GOOD, "", CoachViewModel.ring(new TrackerState.Watch(true, 5,
                List.of())), "", "", List.of(), "", Overlay.EMPTY, "", "").hasRing());
    }

    @Test
    void theEndOfAVideoSaysHowItEnded() {
        CaptureOutcome end = new CaptureOutcome(CaptureOutcome.Reason.END_OF_STREAM, 90, Optional.empty(), "");
        assertEquals("The video has ended: 90 frames analysed. Press Play again, or open another video.",
                CoachViewModel.endOfSource(new PipelineResult(end, 90, 0, Optional.empty())));
        CaptureOutcome cut = new CaptureOutcome(CaptureOutcome.Reason.DAMAGED, 42, Optional.empty(),
                "clip.mp4: reading stopped at frame 42 (after 1.40 s): the file is cut short");
        assertEquals("Clip.mp4: reading stopped at frame 42 (after 1.40 s): the file is cut short (42 frames analysed).",
                CoachViewModel.endOfSource(new PipelineResult(cut, 42, 0, Optional.empty())));
        assertEquals("Analysis stopped: out of memory", CoachViewModel.endOfSource(
                new PipelineResult(end, 3, 0, Optional.of("analysis stopped: out of memory"))));
    }

    @Test
    void theEndOfTheRoutineIsCelebrated() {
        RoutineSession s = RoutineSession.single(wall, CATALOG);
        s.onFrame(Frames.frame("wall-pushup", pose(), Frames.reps(0, 0, 8)));
        s.skip();
        RoutineRunner.State done = s.skip().state();
        CoachView v = vm.present(null, done, 0);
        assertEquals(RoutineRunner.Phase.DONE, done.phase());
        assertEquals("Routine complete", v.title());
        assertEquals(Tone.GOOD, v.bannerTone());
    }
}
