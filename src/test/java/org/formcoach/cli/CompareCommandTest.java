package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.formcoach.recording.TestRecordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'formcoach compare' and 'formcoach report' on recordings of real clips, and their one-line refusals. */
class CompareCommandTest {

    @TempDir
    Path dir;

    static String demo() {
        return TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration").toString();
    }

    static String attempt() {
        return TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt").toString();
    }

    @Test
    void compareWritesThePdfReportAndSaysThePhases() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Path json = dir.resolve("comparison.json");
        CommandRunner r = CommandRunner.run("compare", "--exercise", "floor-pushup", "--reference", demo(),
                "--attempt", attempt(), "--out", pdf.toString(), "--json", json.toString(), "--notes", "Hips — up");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Descent"), r.out());
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5).startsWith("%PDF"));
        assertTrue(Files.readString(json).contains("\"summary\""));
    }

    @Test
    void reportWritesTheSessionReport() throws Exception {
        Path html = dir.resolve("session.html");
        CommandRunner r = CommandRunner.run("report", "--out", html.toString(), demo());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(html).contains("The bottom of each rep"));
    }

    @Test
    void badInputsAreOneLineAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("x.html");
        CommandRunner missing = CommandRunner.run("compare", "--exercise", "floor-pushup", "--reference",
                dir.resolve("nope").toString(), "--attempt", attempt(), "--out", out.toString());
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertFalse(Files.exists(out));
        CommandRunner wrongExtension = CommandRunner.run("compare", "--exercise", "floor-pushup", "--reference",
                demo(), "--attempt", attempt(), "--out", dir.resolve("report.docx").toString());
        assertEquals(2, wrongExtension.exitCode());
        assertTrue(wrongExtension.err().contains(".html or .pdf"), wrongExtension.err());
        Path video = Path.of("src/test/resources/clips/pushup-side-02.mp4");
        CommandRunner noExercise = CommandRunner.run("report", "--out", out.toString(), video.toString());
        assertEquals(2, noExercise.exitCode());
        assertTrue(noExercise.err().contains("--exercise"), noExercise.err());
    }
}
