package org.formcoach.app.model;

import org.opencv.core.Mat;

/**
 * Where a session's analysed frames are shown: the window converts and draws them, a test may just
 * count them. Called on the inference thread; the image is lent for the call only.
 */
public interface FrameDisplay {

    /** A frame analysed: its picture and what to show over and beside it. */
    void show(CoachView view, long frameIndex, Mat image);

    /** What to show changed without a new frame (a skip or restart while paused): over the last picture. */
    void reshow(CoachView view);

    /** Shows nothing. */
    FrameDisplay NONE = new FrameDisplay() {
        @Override
        public void show(CoachView view, long frameIndex, Mat image) {
        }

        @Override
        public void reshow(CoachView view) {
        }
    };
}
