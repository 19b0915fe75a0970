package org.formcoach.rule;

/** Phase of a repetition, as the rep counter sees it; rules can be limited to one phase. */
public enum RepPhase {
    /** Any time (the default for rules). */
    ANY,
    /** At the top: the signal is above the counter's top threshold. */
    TOP,
    /** Moving from top to bottom. */
    DOWN,
    /** At the bottom: the signal is below the counter's bottom threshold. */
    BOTTOM,
    /** Moving from bottom back to top. */
    UP
}
