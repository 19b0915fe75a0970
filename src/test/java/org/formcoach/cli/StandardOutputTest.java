package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.formcoach.testing.FormCoachProcess;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is an error, never exit code 0: each command runs as its own process
 * with its standard output on /dev/full, a device that answers every write with "No space left on
 * device" as a full disk does.
 */
class StandardOutputTest {

    private static final File FULL = new File("/dev/full");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @BeforeAll
    static void linux() {
        Assumptions.assumeTrue(FULL.exists(), "needs /dev/full (Linux)");
    }

    private static void assertToldInOneLine(FormCoachProcess.Result r) {
        assertEquals(ExitCode.FAILURE, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot write to the standard output (No space left on device)"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void routinesIntoAFullDiskFails() throws Exception {
        assertToldInOneLine(new FormCoachProcess().stdoutTo(FULL).run(dir, TIMEOUT, "routines"));
        FormCoachProcess.Result fine = new FormCoachProcess().run(dir.resolve("fine"), TIMEOUT, "routines");
        assertEquals(ExitCode.OK, fine.exitCode(), fine.err());
        assertTrue(fine.out().contains("wall-pushup"), "the same command with room prints the list");
    }

    @Test
    void poseJsonIntoAFullDiskFails() throws Exception {
        assertToldInOneLine(new FormCoachProcess().stdoutTo(FULL).run(dir, TIMEOUT, "pose", "--json",
                TestPhotos.path("astronaut.png").toString()));
    }

    @Test
    void anAnalysisReportToStandardOutputOnAFullDiskFails() throws Exception {
        assertToldInOneLine(new FormCoachProcess().stdoutTo(FULL).run(dir, TIMEOUT, "analyze", "--exercise",
                "desk-posture", "--quiet", "--json", "-", TestPhotos.path("astronaut.png").toString()));
    }
}
