package org.formcoach.rule;

/** How much a cue matters. Only {@link #ERROR} breaks a hold or marks a rep as faulty. */
public enum Severity {
    /** Guidance, e.g. how to get into view; never a fault. */
    INFO,
    /** Form drifting; worth a word, the exercise goes on. */
    WARNING,
    /** Form broken: holds pause and the cue stays until it is fixed. */
    ERROR
}
