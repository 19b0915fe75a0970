package org.formcoach.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One line of a recording's event file: something the coach said or counted.
 *
 * @param frame   the recording's frame it happened on
 * @param t       seconds since the recording's first frame
 * @param type    the form engine's event ("rep_counted", "hold_started", "cue_started", ...) or "rep"
 *                for a finished rep attempt (with {@code rep})
 * @param subject a cue id, a direction, a position; empty when none
 * @param count   the running count it produced, or 0
 * @param text    a cue's words, or null
 * @param rep     for "rep": the attempt; else null
 */
public record EventLine(long frame, double t, String type, String subject, int count, String text, Rep rep) {

    public static final String REP = "rep";

    /** A finished rep attempt; times are seconds since the recording's first frame. */
    public record Rep(int number, int set, boolean counted, @JsonProperty("start_s") double startSeconds,
            @JsonProperty("bottom_s") double bottomSeconds, @JsonProperty("end_s") double endSeconds, String signal,
            Double depth, List<String> faults) {
        public Rep {
            faults = faults == null ? List.of() : List.copyOf(faults);
        }

        public boolean clean() {
            return counted && faults.isEmpty();
        }
    }
}
