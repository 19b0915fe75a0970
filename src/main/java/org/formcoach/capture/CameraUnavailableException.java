package org.formcoach.capture;

/** The requested camera is not present or cannot be opened; the message lists the cameras found. */
public class CameraUnavailableException extends CaptureException {

    public CameraUnavailableException(String message) {
        super(message);
    }
}
