package org.formcoach.capture;

/** What a {@link FrameSource} reads from; decides how frames are handed on (see {@link #isLive()}). */
public enum SourceKind {
    /** A webcam: frames arrive in real time, an old frame is worth less than a new one. */
    CAMERA,
    /** A video file: every frame counts, reading may go as fast or as slow as the consumer. */
    VIDEO_FILE,
    /** Still images (a folder of frames or a single picture), read like a file. */
    IMAGES;

    /**
     * Live sources feed a mailbox of one (the newest frame wins, drops are counted); the others a
     * bounded queue where nothing is dropped.
     */
    public boolean isLive() {
        return this == CAMERA;
    }
}
