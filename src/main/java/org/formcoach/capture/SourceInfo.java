package org.formcoach.capture;

import java.util.OptionalLong;

/**
 * What is known about a source once it is open.
 *
 * @param description names the file, folder or camera, for messages and reports
 * @param kind camera, video file or images
 * @param width frame width in pixels as delivered (after any rotation)
 * @param height frame height in pixels as delivered (after any rotation)
 * @param nominalFps frames per second the source claims (cameras: as negotiated; 0 if unknown)
 * @param frameCount number of frames, if the container says so (never for cameras)
 * @param rotationDegrees clockwise rotation applied to every decoded frame (0, 90, 180 or 270),
 *     taken from the file's display matrix or {@code rotate} tag
 */
public record SourceInfo(String description, SourceKind kind, int width, int height,
                         double nominalFps, OptionalLong frameCount, int rotationDegrees) {

    public boolean isLive() {
        return kind.isLive();
    }
}
