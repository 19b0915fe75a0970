package org.formcoach.form;

/**
 * Something that happened at one frame, for sounds, logs and reports.
 *
 * @param subject what it is about: a cue id, a direction, a position name; empty when none
 * @param count   the running count it produced (reps, circles, cycles, alerts), or 0
 */
public record FormEvent(Type type, long timestampNanos, String subject, int count) {

    public enum Type {
        /** A full, controlled repetition was counted. */
        REP_COUNTED,
        /** A repetition that did not reach full range or was too fast; not counted. */
        REP_REJECTED,
        HOLD_STARTED,
        HOLD_PAUSED,
        HOLD_RESUMED,
        HOLD_DONE,
        /** The dose of this set is complete (reps, hold, cycles, circles or the timed check). */
        SET_DONE,
        CIRCLE_COUNTED,
        POSITION_REACHED,
        CYCLE_DONE,
        /** A sequence position was taken out of its order. */
        OUT_OF_ORDER,
        TURN_REACHED,
        /** A personal neutral was recorded. */
        CALIBRATED,
        /** Time for a break routine (subject: its id), from the posture watch. */
        REMINDER,
        CUE_STARTED,
        CUE_ENDED
    }
}
