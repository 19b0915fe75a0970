package org.formcoach.capture;

/** A recoverable problem while reading: the stream goes on after it. */
public enum FaultKind {
    /** The camera stopped delivering (unplugged, driver error); a reconnection is under way. */
    CAMERA_LOST,
    /** The source returned an image with no pixels; the next read may succeed. */
    EMPTY_FRAME,
    /** One frame or image could not be decoded and was skipped. */
    UNREADABLE_FRAME
}
