package org.formcoach.session;

import java.util.Locale;

/** How a set ended. */
public enum SetOutcome {
    /** Its dose was reached. */
    DONE,
    /** The user skipped on (or restarted) before the dose was reached. */
    SKIPPED,
    /** The session stopped during the set. */
    STOPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SetOutcome of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
