package org.formcoach.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a source from what the user typed:
 * <ul>
 *   <li>an integer or {@code /dev/videoN} → a webcam, kept alive through unplugging by a
 *       {@link ReconnectingSource};</li>
 *   <li>a folder → its images at the requested fps ({@link ImageFolderSource});</li>
 *   <li>an image file → that single image;</li>
 *   <li>a video file → FFmpeg ({@link FfmpegVideoSource}); an AVI that FFmpeg cannot open is tried
 *       with OpenCV ({@link OpenCvVideoSource}).</li>
 * </ul>
 * Anything else fails with a one-line message: {@link SourceNotFoundException},
 * {@link UnsupportedSourceException} (listing the formats that work), or
 * {@link CameraUnavailableException} (listing the cameras that exist).
 */
public final class FrameSources {

    /** File name extensions opened as videos (lower case, without the dot). */
    public static final Set<String> VIDEO_EXTENSIONS =
            Set.of("mp4", "m4v", "mov", "webm", "mkv", "avi", "mjpeg", "mjpg");

    private FrameSources() {
    }

    /** Opens {@code spec} with the default {@link CaptureRequest}. */
    public static FrameSource open(String spec) {
        return open(spec, CaptureRequest.DEFAULT);
    }

    /** Opens {@code spec}; {@code request} sets the camera mode and the fps of image folders. */
    public static FrameSource open(String spec, CaptureRequest request) {
        Optional<CameraRef> camera = CameraRef.parse(spec);
        if (camera.isPresent()) {
            CameraDirectory directory = CameraDirectory.system();
            return ReconnectingSource.open(() -> WebcamSource.open(camera.get(), request, directory));
        }
        return openPath(Path.of(spec), request);
    }

    /** Opens a file or folder. */
    public static FrameSource openPath(Path path, CaptureRequest request) {
        return openPath(path, request, new FramePool());
    }

    /**
     * Opens a file or folder; a video decodes its frames into images of {@code pool}. The pool is
     * taken over: the source closes it, or this method does when it opens images or fails.
     */
    public static FrameSource openPath(Path path, CaptureRequest request, FramePool pool) {
        String extension = ImageFolderSource.extension(path);
        if (Files.isRegularFile(path) && VIDEO_EXTENSIONS.contains(extension)) {
            return openVideo(path, extension, pool);
        }
        pool.close();  // a still image comes from its decoder, each in an image of its own
        if (!Files.exists(path)) {
            throw new SourceNotFoundException(path);
        }
        if (Files.isDirectory(path)) {
            return ImageFolderSource.folder(path, request.fps());
        }
        if (ImageFolderSource.isImage(path)) {
            return ImageFolderSource.singleImage(path);
        }
        String kind = extension.isEmpty() ? "files without an extension" : "\"." + extension + "\" files";
        throw new UnsupportedSourceException("Cannot open " + path + ": " + kind + " are not supported", null);
    }

    private static FrameSource openVideo(Path path, String extension, FramePool pool) {
        try {
            return FfmpegVideoSource.open(path, pool);
        } catch (UnsupportedSourceException ffmpegFailed) {
            if (!extension.equals("avi")) {
                throw ffmpegFailed;
            }
            try {
                return OpenCvVideoSource.open(path);  // with a pool of its own: the failed open closed this one
            } catch (UnsupportedSourceException openCvFailed) {
                openCvFailed.addSuppressed(ffmpegFailed);
                throw openCvFailed;
            }
        }
    }
}
