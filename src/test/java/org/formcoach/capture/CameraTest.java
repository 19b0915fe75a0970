package org.formcoach.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming cameras, listing them, and the messages for a missing or busy camera. */
class CameraTest {

    @TempDir
    Path root;

    /** A fake /dev and /sys/class/video4linux: nodes 0, 1 (metadata node), 10; 0 and 10 open. */
    private CameraDirectory fakeLinux(Set<Integer> openable, int... nodes) throws Exception {
        Path dev = Files.createDirectories(root.resolve("dev"));
        Path sys = Files.createDirectories(root.resolve("sys"));
        Files.createFile(dev.resolve("null"));
        Files.createFile(dev.resolve("video-not-a-node"));
        for (int n : nodes) {
            Files.createFile(dev.resolve("video" + n));
            Path node = Files.createDirectories(sys.resolve("video" + n));
            Files.writeString(node.resolve("name"), n == 10 ? "USB Camera\n" : "Integrated Camera\n");
        }
        return new CameraDirectory(true, dev, sys, openable::contains);
    }

    @Test
    void camerasAreNamedByIndexOrDevicePath() {
        assertEquals(Optional.of(new CameraRef("0", 0, Optional.empty())), CameraRef.parse("0"));
        assertEquals(Optional.of(new CameraRef("/dev/video2", 2, Optional.of("/dev/video2"))),
                CameraRef.parse("/dev/video2"));
        assertEquals(Optional.empty(), CameraRef.parse("video.mp4"));
        assertEquals(Optional.empty(), CameraRef.parse("/dev/sda"));
        assertEquals(Optional.empty(), CameraRef.parse("-1"));
    }

    @Test
    void linuxListingKeepsTheNodesThatOpenInNumericOrder() throws Exception {
        CameraDirectory directory = fakeLinux(Set.of(0, 10), 10, 0, 1);
        Path dev = root.resolve("dev");
        assertEquals(List.of(new CameraDevice(0, dev.resolve("video0").toString(), "Integrated Camera"),
                        new CameraDevice(1, dev.resolve("video1").toString(), "Integrated Camera"),
                        new CameraDevice(10, dev.resolve("video10").toString(), "USB Camera")),
                directory.linuxNodes());
        assertEquals(List.of(0, 10), directory.list().stream().map(CameraDevice::index).toList());
    }

    @Test
    void aMissingCameraIsExplainedWithTheCamerasThatExist() throws Exception {
        CameraDirectory directory = fakeLinux(Set.of(0, 10), 0, 1, 10);
        String dev = root.resolve("dev").toString();
        assertEquals("Camera 3 is not present; cameras found: 0 (" + dev + "/video0, \"Integrated Camera\"), 10 ("
                        + dev + "/video10, \"USB Camera\") — choose one of these.",
                directory.explainUnavailable(CameraRef.parse("3").orElseThrow()));
    }

    @Test
    void aBusyCameraIsExplainedAsBusy() throws Exception {
        CameraDirectory directory = fakeLinux(Set.of(10), 0, 10);
        String message = directory.explainUnavailable(CameraRef.parse("/dev/video0").orElseThrow());
        assertTrue(message.startsWith("Camera /dev/video0 exists but cannot be opened: another program may be "
                + "using it (close it and try again); cameras found: 10 ("), message);
    }

    @Test
    void withNoCameraAtAllTheMessageSaysWhatElseWorks() throws Exception {
        CameraDirectory directory = fakeLinux(Set.of());
        assertEquals("Camera 0 is not present; no camera was found; connect one, or give a video file or image "
                + "folder instead.", directory.explainUnavailable(CameraRef.parse("0").orElseThrow()));
    }

    @Test
    void otherSystemsProbeIndices() {
        CameraDirectory directory = new CameraDirectory(false, root, root, i -> i == 1 || i == 4);
        assertEquals(List.of(new CameraDevice(1, "", ""), new CameraDevice(4, "", "")), directory.list());
        assertEquals("1", directory.list().get(0).describe());
    }

    @Test
    void openingACameraThatIsNotThereFailsWithTheExplanation() throws Exception {
        // the real OpenCV backend on a node that does not exist, with a fake directory for the listing
        CameraDirectory directory = fakeLinux(Set.of());
        CameraRef missing = CameraRef.parse("/dev/video63").orElseThrow();
        CameraUnavailableException e = assertThrows(CameraUnavailableException.class,
                () -> WebcamSource.open(missing, CaptureRequest.DEFAULT, directory));
        assertEquals(directory.explainUnavailable(missing), e.getMessage());
    }
}
