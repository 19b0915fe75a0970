package org.formcoach.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checked before the work, written whole or not at all: on real files, folders and devices. */
class OutputFileTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenWholeAndNoTemporaryFileStays() throws Exception {
        Path report = dir.resolve("out/report.json");
        OutputFile.forText(report).writeString("{\"reps\": 3}\n");
        assertEquals("{\"reps\": 3}\n", Files.readString(report));
        assertEquals(List.of("report.json"), namesIn(report.getParent()), "the folder is made; the probe is gone");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheGoodFileThatWasThereUntouched() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "{\"good\": true}\n");
        OutputFile file = OutputFile.forText(report);
        OutputException e = assertThrows(OutputException.class, () -> file.write(out -> {
            out.write("{\"half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("{\"good\": true}\n", Files.readString(report), "the old report is intact");
        assertFalse(e.isBadTarget(), "a failed write, not a bad path");
        assertTrue(e.getMessage().contains("report.json") && e.getMessage().contains("No space left on device"),
                e.getMessage());
        assertEquals(List.of("report.json"), namesIn(dir), "the half-written temporary file is deleted");
    }

    @Test
    void aStagedFileReplacesTheTargetOnlyWhenCommitted() throws Exception {
        Path video = Files.writeString(dir.resolve("clip.avi"), "old video");
        OutputFile file = OutputFile.forFile(video, List.of("avi"));
        try (OutputFile.Staged staged = file.stage()) {
            assertTrue(staged.path().getFileName().toString().endsWith(".avi"), "writers that look at the name");
            Files.writeString(staged.path(), "half a new video");
        }  // closed without commit: an interrupted writer
        assertEquals("old video", Files.readString(video));
        assertEquals(List.of("clip.avi"), namesIn(dir));
        try (OutputFile.Staged staged = file.stage()) {
            Files.writeString(staged.path(), "new video");
            staged.commit();
        }
        assertEquals("new video", Files.readString(video));
        assertEquals(List.of("clip.avi"), namesIn(dir));
    }

    @Test
    void anEmptyResultIsNotCommitted() throws Exception {
        Path picture = Files.writeString(dir.resolve("shot.png"), "old picture");
        try (OutputFile.Staged staged = OutputFile.forFile(picture, List.of("png")).stage()) {
            OutputException e = assertThrows(OutputException.class, staged::commit);
            assertTrue(e.getMessage().contains("shot.png"), e.getMessage());
        }
        assertEquals("old picture", Files.readString(picture));
    }

    @Test
    void theReplacedFileKeepsItsPermissions() throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), "{}");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        OutputFile.forText(report).writeString("{\"new\": 1}");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        OutputFile.forText(link).writeString("{\"via\": \"link\"}");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{\"via\": \"link\"}", Files.readString(real));
    }

    @Test
    void aFolderIsRefusedBeforeAnythingIsWritten() {
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.forText(dir));
        assertTrue(e.isBadTarget());
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void aFileInTheWayOfTheFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes"), "x");
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.forText(file.resolve("r.json")));
        assertTrue(e.isBadTarget());
        assertTrue(e.getMessage().contains("notes"), e.getMessage());
    }

    @Test
    void aWrongOrMissingExtensionIsRefused() {
        for (String name : new String[] {"annotated.mp4", "annotated"}) {
            OutputException e = assertThrows(OutputException.class,
                    () -> OutputFile.forFile(dir.resolve(name), List.of("avi")));
            assertTrue(e.isBadTarget());
            assertTrue(e.getMessage().contains(name) && e.getMessage().contains(".avi"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("annotated.mp4")));
    }

    @Test
    void aDeviceThatTakesNoDataIsFoundByTheCheck() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.forText(Path.of("/dev/full")));
        assertFalse(e.isBadTarget(), "a full disk is a failed write");
        assertTrue(e.getMessage().contains("/dev/full") && e.getMessage().contains("No space left on device"),
                e.getMessage());
    }

    @Test
    void textGoesStraightToADeviceButAVideoNeedsAFile() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "needs /dev/null");
        try (OutputFile sink = OutputFile.forText(Path.of("/dev/null"))) {
            sink.writeString("{}");  // no temporary file in /dev, no rename over the device
        }
        assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
        Path videoName = Files.createSymbolicLink(dir.resolve("annotated.avi"), Path.of("/dev/null"));
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.forFile(videoName, List.of("avi")));
        assertTrue(e.isBadTarget() && e.getMessage().contains("not a file"), e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "the superuser may write anywhere");
            OutputException e = assertThrows(OutputException.class,
                    () -> OutputFile.forText(locked.resolve("report.json")));
            assertTrue(e.isBadTarget());
            assertTrue(e.getMessage().contains("report.json") && e.getMessage().contains("permission denied"),
                    e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
