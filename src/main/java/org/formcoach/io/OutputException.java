package org.formcoach.io;

/**
 * A file could not be written. The message is one line for the user that names the file and says
 * what to do; {@link #isBadTarget()} tells a path that cannot be used (fix the command line) from
 * a write that failed (a full disk, an I/O error).
 */
public final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean badTarget;

    private OutputException(String message, boolean badTarget, Throwable cause) {
        super(message, cause);
        this.badTarget = badTarget;
    }

    /** The path cannot be used as given: a folder, a read-only place, the wrong extension. */
    public static OutputException badTarget(String message, Throwable cause) {
        return new OutputException(message, true, cause);
    }

    /** The path is fine but writing failed: a full disk, an I/O error. */
    public static OutputException writeFailed(String message, Throwable cause) {
        return new OutputException(message, false, cause);
    }

    public boolean isBadTarget() {
        return badTarget;
    }
}
