package org.formcoach.capture;

/**
 * What to ask of a camera (the driver may give something else; {@link SourceInfo} says what it
 * gave), and the frame rate at which a folder of images is played.
 */
public record CaptureRequest(int width, int height, double fps) {

    /** 640×480 at 30 fps: enough for pose estimation, light on USB bandwidth and CPU. */
    public static final CaptureRequest DEFAULT = new CaptureRequest(640, 480, 30);

    public CaptureRequest {
        if (width <= 0 || height <= 0 || !(fps > 0)) {
            throw new IllegalArgumentException("invalid capture request " + width + "x" + height + "@" + fps);
        }
    }
}
