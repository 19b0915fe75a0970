package org.formcoach.capture;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A camera as the user names it: an index ({@code 0}) or, on Linux, a device node
 * ({@code /dev/video0}, which is index 0).
 *
 * @param spec what the user wrote
 * @param index the OpenCV index
 * @param devicePath the device node if one was given
 */
public record CameraRef(String spec, int index, Optional<String> devicePath) {

    private static final Pattern INDEX = Pattern.compile("\\d{1,3}");
    private static final Pattern DEVICE = Pattern.compile("/dev/video(\\d{1,3})");

    /** The camera {@code spec} names, if it names one. */
    public static Optional<CameraRef> parse(String spec) {
        String s = spec.trim();
        if (INDEX.matcher(s).matches()) {
            return Optional.of(new CameraRef(s, Integer.parseInt(s), Optional.empty()));
        }
        Matcher device = DEVICE.matcher(s);
        if (device.matches()) {
            return Optional.of(new CameraRef(s, Integer.parseInt(device.group(1)), Optional.of(s)));
        }
        return Optional.empty();
    }
}
