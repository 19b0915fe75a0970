package org.formcoach.capture;

/**
 * Where frames come from: a camera, a video file, a folder of images. Open one with
 * {@link FrameSources#open}. A source is used by one thread at a time (the capture thread).
 */
public interface FrameSource extends AutoCloseable {

    /** What this source is; known once it is open. */
    SourceInfo info();

    /**
     * Reads the next frame, blocking until there is one or something else happened. Expected
     * conditions (end, damage, a lost camera, an empty frame) are results, not exceptions. After a
     * terminal result ({@link ReadResult#isTerminal()}) the source only reports its end.
     */
    ReadResult read();

    /** Releases the device or file; safe to call twice. */
    @Override
    void close();
}
