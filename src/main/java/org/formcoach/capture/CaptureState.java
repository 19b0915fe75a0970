package org.formcoach.capture;

/** What the capture thread is doing, for the UI's status line. */
public enum CaptureState {
    /** Not started yet. */
    STARTING,
    /** Reading frames. */
    RUNNING,
    /** Paused by the user: the source stays open, nothing is read. */
    PAUSED,
    /** The camera was lost; reconnection attempts are under way. */
    CAMERA_LOST,
    /** Finished: see {@link CaptureLoop#outcome()}. */
    ENDED
}
