package org.formcoach.capture;

/** The file exists but is not something FormCoach can read; the message lists what works. */
public class UnsupportedSourceException extends CaptureException {

    /** The formats that work, for messages. */
    public static final String SUPPORTED = "FormCoach reads videos (MP4/MOV/M4V with H.264 or HEVC, "
            + "WebM/MKV with VP8, VP9 or AV1, MJPEG AVI), images (.jpg .jpeg .png .bmp .tif .tiff .webp), "
            + "folders of images, and cameras (an index such as 0, or /dev/video0)";

    public UnsupportedSourceException(String what, Throwable cause) {
        super(what + ". " + SUPPORTED + ".", cause);
    }
}
