package org.formcoach.capture;

/**
 * A source could not be opened. The message is for the end user: one line that names the file or
 * device and says what to do.
 */
public class CaptureException extends RuntimeException {

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
