package org.formcoach.app.model;

import org.formcoach.rule.Severity;

/** How a message or a body part is shown: the colour family on screen. */
public enum Tone {
    /** Form is fine. */
    GOOD,
    /** Guidance: positioning, resting, waiting. */
    INFO,
    /** Form drifting. */
    WARNING,
    /** Form broken. */
    ERROR,
    /** Not judged (a segment no rule uses). */
    NEUTRAL;

    public static Tone of(Severity severity) {
        return switch (severity) {
            case INFO -> INFO;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }
}
