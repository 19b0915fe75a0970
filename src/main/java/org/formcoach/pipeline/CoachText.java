package org.formcoach.pipeline;

import java.util.Locale;
import java.util.Optional;
import org.formcoach.form.Cue;
import org.formcoach.form.ExerciseEvaluator;
import org.formcoach.form.FormFrame;
import org.formcoach.form.TrackerState;

/** The words a person reads: the cue banner and the progress line, shared by every screen and overlay. */
public final class CoachText {

    public static final String GOOD_FORM = "good form";
    /** Said when nobody is in view, before the form engine has had time to ask for anything more precise. */
    public static final String STEP_INTO_VIEW = "Step into the camera's view";

    private CoachText() {
    }

    /**
     * The most important cue (cues come most severe first), or "good form". The note about the view
     * is not a correction: it is said in the positioning guide, never in the banner.
     */
    public static String banner(FormFrame form) {
        return form.cues().stream().filter(c -> !c.id().equals(ExerciseEvaluator.CUE_VIEW)).findFirst().map(Cue::text)
                .map(CoachText::capitalise).orElse(capitalise(GOOD_FORM));
    }

    /** e.g. "Set 2 of 3 — 5 / 12", "Hold 12 / 20 s (paused)", "Cycle 3 of 6 — retraction". */
    public static String progress(TrackerState state, int set, int sets) {
        String prefix = sets > 1 ? "Set " + Math.min(set, sets) + " of " + sets + " — " : "";
        if (state instanceof TrackerState.Reps r) {
            return prefix + r.reps() + " / " + r.target();
        }
        if (state instanceof TrackerState.Hold h) {
            String suffix = h.paused() ? " (paused)" : h.started() ? "" : " (get into position)";
            if (h.ranged() && h.credited()) {
                // the range's lower end is done; the timer goes on to its upper end
                return prefix + String.format(Locale.ROOT, "Hold %.0f s — %.0f s done ✓, up to %.0f s",
                        Math.floor(h.heldSeconds()), h.targetSeconds(), h.maxSeconds());
            }
            return prefix + String.format(Locale.ROOT, "Hold %.0f / %s s", Math.floor(h.heldSeconds()),
                    h.ranged() ? seconds(h.targetSeconds()) + "–" + seconds(h.maxSeconds()) : seconds(h.targetSeconds()))
                    + suffix;
        }
        if (state instanceof TrackerState.Sequence s) {
            return String.format(Locale.ROOT, "Cycle %d of %d — %s", Math.min(s.cycles() + 1, s.targetCycles()),
                    s.targetCycles(), s.positionName());
        }
        if (state instanceof TrackerState.Circles c) {
            return String.format(Locale.ROOT, "Forward %d / %d, backward %d / %d", c.forward(), c.targetPerDirection(),
                    c.backward(), c.targetPerDirection());
        }
        if (state instanceof TrackerState.Sides d) {
            return prefix + String.format(Locale.ROOT, "Left %d / %d, right %d / %d", d.left(), d.targetPerSide(),
                    d.right(), d.targetPerSide());
        }
        if (state instanceof TrackerState.Rotation r) {
            return String.format(Locale.ROOT, "%s left, %s right — %.0f / %.0f s", r.turnedLeft() ? "✓" : "…",
                    r.turnedRight() ? "✓" : "…", r.elapsedSeconds(), r.durationSeconds());
        }
        if (state instanceof TrackerState.Watch w) {
            return (w.calibrated() ? "Watching" : "Sit tall to calibrate") + String.format(Locale.ROOT,
                    " — %d min, %d alerts", (long) (w.elapsedSeconds() / 60), w.alerts());
        }
        return "";
    }

    /**
     * How to get into the camera's view when the form engine asks for it (nobody found, a needed
     * body part missing), or what it says once about the view (checks it cannot make, the best
     * view); empty when the person is placed well.
     */
    public static Optional<String> positioning(FormFrame form) {
        Optional<String> cue = form.cues().stream()
                .filter(c -> c.id().equals(ExerciseEvaluator.CUE_POSITION) || c.id().equals(ExerciseEvaluator.CUE_VIEW))
                .findFirst().map(Cue::text).map(CoachText::capitalise);
        if (cue.isPresent() || form.personInView()) {
            return cue;
        }
        return Optional.of(STEP_INTO_VIEW);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.0f", s);
    }

    /** The text with its first letter in upper case. */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
