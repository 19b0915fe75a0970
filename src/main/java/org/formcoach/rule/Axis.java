package org.formcoach.rule;

/** Direction of an offset rule in the image. */
public enum Axis {
    /** Where the person faces; side views only. */
    FORWARD,
    /** Up in the image. */
    UP,
    /** Unsigned horizontal distance, e.g. shoulder width in a front view. */
    ACROSS
}
