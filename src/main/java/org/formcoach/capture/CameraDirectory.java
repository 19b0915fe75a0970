package org.formcoach.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the cameras of this machine and explains, in one line, why a requested one cannot be used.
 *
 * <p>On Linux the video device nodes ({@code /dev/videoN}) are enumerated with their driver names
 * from sysfs, and each is kept only if it can actually be opened for capture (a webcam typically
 * has a second, metadata-only node). Elsewhere indices {@code 0..}{@value #PROBED_INDICES}{@code -1}
 * are probed. The file system roots and the probe are injectable, so the logic is tested without a
 * camera.
 */
public final class CameraDirectory {

    static final int PROBED_INDICES = 6;
    private static final Pattern VIDEO_NODE = Pattern.compile("video(\\d+)");

    private final Path devDir;
    private final Path sysDir;
    private final IntPredicate canOpen;
    private final boolean linux;

    CameraDirectory(boolean linux, Path devDir, Path sysDir, IntPredicate canOpen) {
        this.linux = linux;
        this.devDir = devDir;
        this.sysDir = sysDir;
        this.canOpen = canOpen;
    }

    /** The cameras of this machine, probed by opening them with OpenCV. */
    public static CameraDirectory system() {
        return new CameraDirectory(WebcamSource.IS_LINUX, Path.of("/dev"),
                Path.of("/sys/class/video4linux"), WebcamSource::canOpen);
    }

    /** The cameras that exist and can be opened now, by index. */
    public List<CameraDevice> list() {
        if (!linux) {
            List<CameraDevice> found = new ArrayList<>();
            for (int i = 0; i < PROBED_INDICES; i++) {
                if (canOpen.test(i)) {
                    found.add(new CameraDevice(i, "", ""));
                }
            }
            return found;
        }
        return linuxNodes().stream().filter(d -> canOpen.test(d.index())).toList();
    }

    /** Every {@code /dev/videoN} node, openable or not, by index. */
    List<CameraDevice> linuxNodes() {
        try (Stream<Path> entries = Files.list(devDir)) {
            return entries.map(p -> VIDEO_NODE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .map(i -> new CameraDevice(i, devDir.resolve("video" + i).toString(), driverName(i)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String driverName(int index) {
        try {
            return Files.readString(sysDir.resolve("video" + index).resolve("name"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Why camera {@code requested} (as the user wrote it) could not be opened: not present, or
     * present but busy, followed by the cameras that do work.
     */
    public String explainUnavailable(CameraRef requested) {
        boolean present = linux && Files.exists(devDir.resolve("video" + requested.index()));
        String what = "Camera " + requested.spec();
        String why = present
                ? what + " exists but cannot be opened: another program may be using it (close it and try again)"
                : what + " is not present";
        List<CameraDevice> working = list();
        String others = working.isEmpty()
                ? "no camera was found; connect one, or give a video file or image folder instead"
                : "cameras found: " + working.stream().map(CameraDevice::describe).collect(Collectors.joining(", "))
                        + " — choose one of these";
        return why + "; " + others + ".";
    }
}
