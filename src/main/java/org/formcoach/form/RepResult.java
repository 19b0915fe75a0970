package org.formcoach.form;

import java.util.List;

/**
 * One finished rep attempt, as the report and the session history keep it. A full-range rep is
 * counted whatever its faults; a partial one (not deep enough) is not.
 *
 * @param number   1-based attempt number within the set
 * @param counted  whether it was full range
 * @param signal   what showed it: "angle" (the near elbow, side-on) or "reach" (shoulders to hands)
 * @param depth    the deepest value of that signal: the smallest elbow angle in degrees, or the
 *                 smallest reach in arm lengths
 * @param faults   cue ids raised during the rep (form rules, "tempo", "partial-rep"), in order
 */
public record RepResult(int number, boolean counted, double startSeconds, double bottomSeconds, double endSeconds,
        String signal, double depth, List<String> faults) {

    public RepResult {
        faults = List.copyOf(faults);
    }

    public double seconds() {
        return endSeconds - startSeconds;
    }

    /** Counted and without a form fault. */
    public boolean clean() {
        return counted && faults.isEmpty();
    }
}
