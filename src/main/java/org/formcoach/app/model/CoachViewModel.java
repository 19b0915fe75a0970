package org.formcoach.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.formcoach.capture.CaptureOutcome;
import org.formcoach.form.Cue;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachText;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Dose;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineRunner;
import org.formcoach.routine.Step;
import org.formcoach.routine.Timing;

/**
 * Turns an analysed frame and the routine's state into what the live view shows. Pure: the same
 * inputs give the same {@link CoachView}; it runs on the inference thread, never on the JavaFX one.
 */
public final class CoachViewModel {

    static final String GET_INTO_POSITION = "Get into position";
    static final String VIDEO_ENDED = "The video has ended";

    private final Routine routine;
    private final Catalog catalog;
    private final double minScore;

    private final String total;

    public CoachViewModel(Routine routine, Catalog catalog, double minScore) {
        this.routine = routine;
        this.catalog = catalog;
        this.minScore = minScore;
        boolean warmUp = routine.steps().stream().anyMatch(s -> "warm-up".equals(s.note()));
        this.total = routine.steps().size() < 2 ? "" : Timing.clock(Timing.total(routine, catalog)) + " in all"
                + (warmUp ? ", warm-up included" : "");
    }

    /**
     * @param frame the latest analysed frame, or null before the first one
     * @param state where the routine is
     * @param fps   analysed frames per second
     */
    public CoachView present(CoachFrame frame, RoutineRunner.State state, double fps) {
        List<StepLine> steps = steps(state);
        String readout = frame == null ? "" : readout(fps, frame.timings().totalNanos());
        Overlay overlay = frame == null ? Overlay.EMPTY : catalog.exercise(frame.exerciseId())
                .map(e -> Overlay.of(frame.pose(), frame.form(), e, minScore)).orElse(Overlay.EMPTY);
        String guide = frame == null ? CoachText.STEP_INTO_VIEW : CoachText.positioning(frame.form()).orElse("");
        switch (state.phase()) {
            case DONE:
                return withTotal(new CoachView("Routine complete", "Well done — " + routine.name() + " is complete",
                        Tone.GOOD, "", 1, "✓", "done", steps, "", overlay, readout, ""));
            case REST:
                return rest(state, steps, overlay, readout);
            default:
                break;
        }
        Exercise exercise = state.exercise();
        Dose dose = state.dose();
        BreathingPacer.Breath breath = exercise.breathing() == null ? null
                : BreathingPacer.at(exercise.breathing(), state.phaseSeconds());
        String instructions = instructions(state.step(), exercise);
        if (frame == null || !exercise.id().equals(frame.exerciseId())) {
            return withTotal(new CoachView(exercise.name(), "Get ready: " + exercise.name(), Tone.INFO,
                    setPrefix(state.set(), dose.sets()) + dose.describe(exercise.tracker()), 0, "0",
                    caption(exercise), steps, guide, overlay, readout, instructions, frame == null ? null : breath, ""));
        }
        FormFrame form = frame.form();
        Tone tone = form.cues().stream().findFirst().map(Cue::severity).map(Tone::of).orElse(Tone.GOOD);
        String banner = CoachText.banner(form);
        if (!guide.isEmpty() && guide.startsWith(banner)) {
            // the guide says it in the picture; the banner names the task
            banner = GET_INTO_POSITION;
            tone = Tone.INFO;
        }
        String counter = CoachText.progress(form.state(), state.set(), dose.sets()) + boxLeft(state);
        return withTotal(new CoachView(exercise.name(), banner, tone, counter, ring(form.state()),
                ringText(form.state()), caption(exercise), steps, guide, overlay, readout, instructions, breath, ""));
    }

    private CoachView rest(RoutineRunner.State state, List<StepLine> steps, Overlay overlay, String readout) {
        double total = state.restSeconds();
        double left = state.restRemainingSeconds();
        String next;
        if (state.restingOutTheBox()) {
            next = (state.next() == null ? "the end" : "next: " + stepName(state.next())) + " when this part's "
                    + Timing.clock(state.boxSeconds()) + " are up (N goes on now)";
        } else if (!state.step().isRest()) {
            next = "next: set " + (state.set() + 1) + " of " + state.dose().sets() + " of " + state.exercise().name();
        } else if (state.next() != null) {
            next = "next: " + stepName(state.next());
        } else {
            next = "last step";
        }
        String note = state.step().note();
        String banner = note != null && !note.isBlank() ? CoachText.capitalise(note) : "Rest — " + next;
        return withTotal(new CoachView("Rest", banner, Tone.INFO, "Rest — " + next,
                total > 0 ? Math.max(0, Math.min(1, left / total)) : 0,
                String.format(Locale.ROOT, "%.0f s", Math.ceil(left)), "rest", steps, "", overlay, readout,
                "Relax and breathe; " + next + "."));
    }

    private CoachView withTotal(CoachView v) {
        return new CoachView(v.title(), v.banner(), v.bannerTone(), v.counter(), v.ring(), v.ringText(),
                v.ringCaption(), v.steps(), v.guide(), v.overlay(), v.readout(), v.instructions(), v.breath(), total);
    }

    /**
     * The banner's words when the source has ended, in agreement with {@link #endOfSource}: read to
     * its end, damaged part-way, a camera that stopped, or the analysis failed.
     */
    public static String endHeadline(PipelineResult result) {
        if (result.failure().isPresent()) {
            return "Coaching stopped";
        }
        CaptureOutcome capture = result.capture();
        if (capture != null && capture.reason() == CaptureOutcome.Reason.DAMAGED) {
            return "The video could not be read to its end";
        }
        if (capture != null && capture.reason() == CaptureOutcome.Reason.FAILED) {
            return "The picture stopped";
        }
        return VIDEO_ENDED;
    }

    /** What to say when the source has ended: read to its end, damaged part-way, or the analysis failed. */
    public static String endOfSource(PipelineResult result) {
        if (result.failure().isPresent()) {
            return CoachText.capitalise(result.failure().get());
        }
        CaptureOutcome capture = result.capture();
        if (capture != null && (capture.reason() == CaptureOutcome.Reason.DAMAGED
                || capture.reason() == CaptureOutcome.Reason.FAILED)) {
            return CoachText.capitalise(capture.message()) + " (" + result.framesAnalysed() + " frames analysed).";
        }
        return VIDEO_ENDED + ": " + result.framesAnalysed()
                + " frames analysed. Press Play again, or open another video.";
    }

    /** " · 1:20 left" in a step with a time box, else empty. */
    private static String boxLeft(RoutineRunner.State state) {
        return state.boxSeconds() > 0 ? " · " + Timing.clock(Math.ceil(state.boxRemainingSeconds())) + " left" : "";
    }

    /** The step's note first ("Warm-up.", "Sit tall on your chair."), then how to do the exercise. */
    private static String instructions(Step step, Exercise exercise) {
        String how = instructions(exercise);
        String note = step == null || step.note() == null || step.note().isBlank() ? "" : step.note().strip();
        return note.isEmpty() ? how : CoachText.capitalise(note) + (note.endsWith(".") ? " " : ". ") + how;
    }

    private static String instructions(Exercise exercise) {
        String text = exercise.instructions() == null ? "" : exercise.instructions().strip();
        List<String> unchecked = exercise.timedOnly();
        return unchecked.isEmpty() ? text : text + "\nNot checked by the camera: " + String.join("; ", unchecked) + ".";
    }

    /** The routine's steps: done, current, next, later. */
    List<StepLine> steps(RoutineRunner.State state) {
        List<StepLine> lines = new ArrayList<>();
        List<Step> all = routine.steps();
        for (int i = 0; i < all.size(); i++) {
            StepLine.Status status = i < state.stepIndex() ? StepLine.Status.DONE
                    : i == state.stepIndex() ? StepLine.Status.CURRENT
                    : i == state.stepIndex() + 1 ? StepLine.Status.NEXT : StepLine.Status.LATER;
            lines.add(new StepLine(describe(all.get(i)), status));
        }
        return lines;
    }

    /** e.g. "Wall push-up — 2 × 8 reps, 60 s rest", "Rest 30 s — find a clear patch of wall". */
    String describe(Step step) {
        if (step.isRest()) {
            String note = step.note() == null || step.note().isBlank() ? "" : " — " + step.note();
            return "Rest " + formatSeconds(step.restSeconds()) + " s" + note;
        }
        String note = step.note() == null || !step.note().strip().equals("warm-up") ? "" : "Warm-up: ";
        return catalog.exercise(step.exerciseId())
                .map(e -> note + e.name() + " — " + step.dose().describe(e.tracker()))
                .orElse(step.exerciseId());
    }

    private String stepName(Step step) {
        return step.isRest() ? "rest " + formatSeconds(step.restSeconds()) + " s"
                : catalog.exercise(step.exerciseId()).map(Exercise::name).orElse(step.exerciseId());
    }

    static double ring(TrackerState state) {
        if (state instanceof TrackerState.Reps r) {
            return fraction(r.reps(), r.target());
        }
        if (state instanceof TrackerState.Hold h) {
            return fraction(h.heldSeconds(), h.maxSeconds());
        }
        if (state instanceof TrackerState.Sequence s) {
            return fraction(s.cycles(), s.targetCycles());
        }
        if (state instanceof TrackerState.Circles c) {
            return fraction(c.forward() + c.backward(), 2.0 * c.targetPerDirection());
        }
        if (state instanceof TrackerState.Sides d) {
            return fraction(Math.min(d.left(), d.targetPerSide()) + Math.min(d.right(), d.targetPerSide()),
                    2.0 * d.targetPerSide());
        }
        if (state instanceof TrackerState.Rotation r) {
            return fraction(r.elapsedSeconds(), r.durationSeconds());
        }
        return -1;  // a watch has no end to count towards
    }

    static String ringText(TrackerState state) {
        if (state instanceof TrackerState.Reps r) {
            return String.valueOf(r.reps());
        }
        if (state instanceof TrackerState.Hold h) {
            return formatSeconds(Math.floor(h.heldSeconds())) + " s";
        }
        if (state instanceof TrackerState.Sequence s) {
            return String.valueOf(s.cycles());
        }
        if (state instanceof TrackerState.Circles c) {
            return String.valueOf(c.forward() + c.backward());
        }
        if (state instanceof TrackerState.Sides d) {
            return String.valueOf(d.total());
        }
        if (state instanceof TrackerState.Rotation r) {
            return formatSeconds(Math.floor(r.elapsedSeconds())) + " s";
        }
        return "";
    }

    private static String caption(Exercise exercise) {
        return switch (exercise.tracker().kind()) {
            case "reps" -> "reps";
            case "hold" -> "hold";
            case "sequence" -> "cycles";
            case "circles" -> "circles";
            case "head-rotation" -> "check";
            case "arm-opening" -> "rotations";
            default -> "";
        };
    }

    private static double fraction(double value, double target) {
        return target <= 0 ? 0 : Math.max(0, Math.min(1, value / target));
    }

    private static String setPrefix(int set, int sets) {
        return sets > 1 ? "Set " + set + " of " + sets + " — " : "";
    }

    static String readout(double fps, long latencyNanos) {
        return String.format(Locale.ROOT, "%.1f fps · %d ms", fps, Math.round(latencyNanos / 1e6));
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }
}
