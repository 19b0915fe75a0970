package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** A PNG that is complete and valid in its structure, with the given size in its header. */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        java.io.ByteArrayOutputStream row = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(row)) {
            z.write(new byte[1 + 3 * 1024]);  // the first rows only: the size alone must stop the decoder
        }
        chunk(png, "IDAT", row.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        png.writeBytes(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void eachBadImageGetsOneLineAndTheOthersAreStillProcessed() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.png"));
        Path overOpenCvsLimit = Files.write(tmp.resolve("gigapixel.png"), pngClaiming(40_000, 30_000));
        Path overOurLimit = Files.write(tmp.resolve("huge.png"), pngClaiming(12_000, 10_000));
        Path large = tmp.resolve("large.jpg");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(600L * 1024 * 1024);  // 600 MB (sparse: it takes no room on the disk)
        }
        byte[] jpeg = Files.readAllBytes(TestPhotos.path("grace_hopper.jpg"));
        Path cutJpeg = Files.write(tmp.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length / 2));
        byte[] png = Files.readAllBytes(TestPhotos.path("basketball1.png"));
        Path cutPng = Files.write(tmp.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length * 3 / 5));
        Path good = TestPhotos.path("astronaut.png");
        CommandRunner r = CommandRunner.run("pose", "--json", empty.toString(), overOpenCvsLimit.toString(),
                overOurLimit.toString(), large.toString(), cutJpeg.toString(), good.toString(), cutPng.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.err());
        String[] out = r.out().strip().split("\n");
        assertEquals(1, out.length, "the good image is processed: " + r.out());
        assertEquals(good.toString(), new ObjectMapper().readTree(out[0]).get("image").asText());
        List<String> errors = List.of(r.err().strip().split("\n"));
        assertEquals(List.of(
                "formcoach pose: " + empty + ": the file is empty (0 bytes)",
                "formcoach pose: " + overOpenCvsLimit + ": the picture is 40000 × 30000 pixels (1200 megapixels);"
                        + " FormCoach reads pictures of up to 100 megapixels (save a smaller copy)",
                "formcoach pose: " + overOurLimit + ": the picture is 12000 × 10000 pixels (120 megapixels);"
                        + " FormCoach reads pictures of up to 100 megapixels (save a smaller copy)",
                "formcoach pose: " + large + ": the file is 600 MB; FormCoach reads images of up to 100 MB"
                        + " (save a smaller copy)",
                "formcoach pose: " + cutJpeg + ": the JPEG image is damaged: its data ends early (the file was cut"
                        + " short); use a complete copy",
                "formcoach pose: " + cutPng + ": the PNG image is damaged: its data ends early (the file was cut"
                        + " short); use a complete copy"), errors);
    }

    @Test
    void anOverlayNameWithoutAnImageExtensionIsRefusedBeforeTheModelLoads() {
        for (String name : new String[] {"skeleton", "skeleton.xyz"}) {
            Path overlay = tmp.resolve(name);
            CommandRunner r = CommandRunner.run("pose", "--overlay", overlay.toString(),
                    TestPhotos.path("astronaut.png").toString());
            assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.err());
            assertEquals("formcoach pose: --overlay " + overlay + ": give a file name ending in .png, .jpg, .jpeg,"
                    + " .bmp, .tif, .tiff or .webp", r.err().strip());
            assertEquals("", r.out());
            assertTrue(!Files.exists(overlay));
        }
    }

    @Test
    void aMissingModelFileIsNamed() {
        Path missing = tmp.resolve("fresh-conversion.pt");
        CommandRunner r = CommandRunner.run("pose", "--model-file", missing.toString(),
                TestPhotos.path("astronaut.png").toString());
        assertEquals(ExitCode.FAILURE, r.exitCode());
        assertEquals("formcoach pose: --model-file " + missing + ": no such file; give the path of a TorchScript .pt"
                + " file", r.err().strip());
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
