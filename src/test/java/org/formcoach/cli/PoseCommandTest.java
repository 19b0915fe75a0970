package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.formcoach.capture.ImageFiles;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

class PoseCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsOneJsonLinePerImageInCocoOrderAndSourcePixels() throws Exception {
        CommandRunner r = CommandRunner.run("pose", "--json", TestPhotos.path("grace_hopper.jpg").toString(),
                TestPhotos.path("basketball1.png").toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode hopper = new ObjectMapper().readTree(lines[0]);
        assertEquals(TestPhotos.path("grace_hopper.jpg").toString(), hopper.get("image").asText());
        assertEquals(512, hopper.get("width").asInt());
        assertEquals(600, hopper.get("height").asInt());
        assertEquals("lightning", hopper.get("model").asText());
        JsonNode keypoints = hopper.get("keypoints");
        assertEquals(17, keypoints.size());
        assertEquals("nose", keypoints.get(0).get("name").asText());
        assertEquals("right_ankle", keypoints.get(16).get("name").asText());
        JsonNode nose = keypoints.get(0);
        assertTrue(nose.get("score").asDouble() > 0.5);
        assertTrue(nose.get("x").asDouble() > 150 && nose.get("x").asDouble() < 350, "nose x in the face: " + nose);
        assertTrue(nose.get("y").asDouble() > 100 && nose.get("y").asDouble() < 300, "nose y in the face: " + nose);
    }

    @Test
    void aMissingOrBrokenImageIsNamedTheOthersStillRunAndTheExitCodeIsTwo() throws Exception {
        Path broken = tmp.resolve("broken.jpg");
        Files.writeString(broken, "not a jpeg");
        CommandRunner r = CommandRunner.run("pose", "--json", tmp.resolve("missing.png").toString(),
                broken.toString(), TestPhotos.path("astronaut.png").toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.out().strip().split("\n").length, "the good image is still processed");
        String[] errors = r.err().strip().split("\n");
        assertEquals(2, errors.length, r.err());
        assertTrue(errors[0].contains("missing.png") && errors[0].contains("no such file"), errors[0]);
        assertTrue(errors[1].contains("broken.jpg") && errors[1].contains("not an image"), errors[1]);
    }

    @Test
    void overlayDrawsTheSkeletonOntoACopyOfTheImage() throws Exception {
        Path out = tmp.resolve("overlay.png");
        CommandRunner r = CommandRunner.run("pose", "--model", "thunder", "--overlay", out.toString(),
                TestPhotos.path("basketball1.png").toString());
        assertEquals(0, r.exitCode(), r.err());
        Mat drawn = ImageFiles.read(out);
        Mat original = TestPhotos.read("basketball1.png");
        try {
            assertEquals(original.size(), drawn.size());
            org.opencv.core.Mat diff = new org.opencv.core.Mat();
            org.opencv.core.Core.absdiff(drawn, original, diff);
            org.opencv.imgproc.Imgproc.cvtColor(diff, diff, org.opencv.imgproc.Imgproc.COLOR_BGR2GRAY);
            int changed = org.opencv.core.Core.countNonZero(diff);
            diff.release();
            assertTrue(changed > 2000, "the skeleton is drawn (" + changed + " pixels changed)");
        } finally {
            drawn.release();
            original.release();
        }
    }

    @Test
    void anUnknownModelIsAUsageError() {
        CommandRunner r = CommandRunner.run("pose", "--model", "medium", TestPhotos.path("astronaut.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown model 'medium'"), r.err());
    }
}
