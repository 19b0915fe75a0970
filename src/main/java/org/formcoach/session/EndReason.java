package org.formcoach.session;

import java.util.Locale;

/** How a session ended. */
public enum EndReason {
    /** The routine or exercise was done to its end. */
    COMPLETED,
    /** The user stopped it: started something else, or closed the window. */
    STOPPED,
    /** The video was read to its end. */
    SOURCE_ENDED,
    /** The analysis failed. */
    FAILED,
    /** The process ended during the session (found so at the next start). */
    INTERRUPTED;

    /** The word stored and exported: "completed", "source-ended", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EndReason of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
