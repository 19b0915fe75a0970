package org.formcoach.capture;

/**
 * A camera the system knows of.
 *
 * @param index the number OpenCV opens it by (N of /dev/videoN on Linux)
 * @param path the device node on Linux, empty elsewhere
 * @param name the driver's name for it, empty if unknown
 */
public record CameraDevice(int index, String path, String name) {

    /** e.g. {@code 0 (/dev/video0, "Integrated Camera")}. */
    public String describe() {
        StringBuilder s = new StringBuilder().append(index);
        if (!path.isEmpty() || !name.isEmpty()) {
            s.append(" (").append(path);
            if (!name.isEmpty()) {
                s.append(path.isEmpty() ? "" : ", ").append('"').append(name).append('"');
            }
            s.append(')');
        }
        return s.toString();
    }
}
