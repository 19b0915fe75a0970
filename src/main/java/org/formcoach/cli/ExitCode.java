package org.formcoach.cli;

/**
 * The exit codes of every {@code formcoach} command, in one place (the README lists them too).
 * Scripts can tell "fix your input" (2) from "something broke" (1) and from "you stopped it" (130).
 */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;

    /**
     * Something failed while working: the model or its runtime could not be loaded, a file or the
     * standard output could not be written (a full disk, an I/O error), or the analysis broke off.
     */
    public static final int FAILURE = 1;

    /**
     * The command line names something that cannot be used: an unknown option or value, a missing,
     * unreadable or damaged input (the other inputs are still processed), or an output path that is
     * a folder, read-only or has the wrong extension.
     */
    public static final int BAD_INPUT = 2;

    /**
     * {@code formcoach eval} ran to the end and the coach was wrong on at least one clip (a count, a
     * cue or an alert): the table says where.
     */
    public static final int WRONG_ON_CORPUS = 3;

    /**
     * Stopped by Ctrl-C (SIGINT) after saving what was done so far. The Java runtime reports a
     * signal as 128 + its number, as shells do: 130 for Ctrl-C and 143 ({@link #TERMINATED}) for
     * SIGTERM.
     */
    public static final int INTERRUPTED = 130;

    /** Stopped by SIGTERM (e.g. {@code kill}) after saving what was done so far: 128 + 15. */
    public static final int TERMINATED = 143;

    private ExitCode() {
    }
}
