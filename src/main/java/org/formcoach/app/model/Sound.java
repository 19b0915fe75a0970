package org.formcoach.app.model;

/** The short sounds FormCoach plays; each has its own pitch and shape. */
public enum Sound {
    /** A repetition was counted: one short high tick. */
    REP_COUNTED,
    /** A hold or a set is complete: a rising two-note chime. */
    HOLD_DONE,
    /** A correction is needed: a low double buzz. */
    CORRECTION,
    /** The breathing guide: breathe in (a soft rising pair of notes). */
    BREATHE_IN,
    /** The breathing guide: hold the breath (one soft note). */
    BREATHE_HOLD,
    /** The breathing guide: breathe out (a soft falling pair of notes). */
    BREATHE_OUT
}
