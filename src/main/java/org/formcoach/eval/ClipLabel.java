package org.formcoach.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a person saw in one clip of the evaluation corpus, written by looking at its frames (never by
 * running FormCoach). Times are seconds of the clip.
 *
 * @param clip     the video's file name, beside the labels file
 * @param exercise the FormCoach exercise it shows (e.g. floor-pushup, desk-posture)
 * @param view     how the camera sees the person: front, three-quarter-left, side-right, ...
 * @param people   how many people are in view
 * @param reps     for counted exercises: the full-range reps and when each bottomed out
 * @param form     good, faulty, or {@value #FORM_UNLABELLED} when only the count is labelled (the form
 *                 is a matter of degree): then no fault cue is scored on the clip
 * @param faults   episodes of visible form faults (empty for good form)
 * @param posture  for posture clips: what the posture was, when
 * @param turns    for head-rotation clips: the directions the person turns the head to (their own
 *                 left or right), which the check must see
 * @param after    for posture clips: the sustain time (s) to judge alerts with, when the clip is
 *                 shorter than the exercise's own; null to use the exercise's
 */
public record ClipLabel(String clip, String exercise, String view, int people, Reps reps, String form,
        List<Fault> faults, List<Segment> posture, List<Span> holds, List<String> turns, Double after,
        String notes) {

    /** The form of a clip whose fault cues are not scored. */
    public static final String FORM_UNLABELLED = "unlabelled";

    public ClipLabel {
        faults = faults == null ? List.of() : List.copyOf(faults);
        posture = posture == null ? List.of() : List.copyOf(posture);
        holds = holds == null ? List.of() : List.copyOf(holds);
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    /** Whether the clip's form is labelled, so its fault cues are scored. */
    public boolean formLabelled() {
        return !FORM_UNLABELLED.equals(form);
    }

    /** Full-range reps and when each bottomed out; partial attempts are listed apart and do not count. */
    public record Reps(int count, List<Double> bottoms, List<Partial> partial,
            @JsonProperty("first_top") Double firstTop) {
        public Reps {
            bottoms = bottoms == null ? List.of() : List.copyOf(bottoms);
            partial = partial == null ? List.of() : List.copyOf(partial);
        }
    }

    public record Partial(double t, String why) {
    }

    /** A visible fault from {@code from} to {@code to}: hips-sag, hips-pike, head-poke, shallow, ... */
    public record Fault(String kind, double from, double to) {
    }

    /** A posture segment: upright, slumped, forward-head or leaning-side. */
    public record Segment(String state, double from, double to) {
        public boolean upright() {
            return "upright".equals(state);
        }
    }

    public record Span(double from, double to) {
    }
}
