package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.formcoach.testing.FormCoachProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code formcoach --demo} on the command line: what it cannot be combined with, and a missing clip. */
class DemoOptionTest {

    @TempDir
    Path dir;

    @Test
    void theDemoPlaysItsOwnClipSoSourceAndProgramAreRefused() {
        StringWriter err = new StringWriter();
        CommandLine cl = FormCoachCommand.newCommandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCode.BAD_INPUT, cl.execute("--demo", "--program", "wall-pushup"));
        assertTrue(err.toString().contains("--demo plays its own clip"), err.toString());
    }

    @Test
    void aMissingSampleClipIsSaidInOneLine() throws Exception {
        FormCoachProcess.Result r = new FormCoachProcess().option("-Dformcoach.home=" + dir)
                .run(dir.resolve("logs"), Duration.ofMinutes(1), "--demo");
        assertEquals(ExitCode.FAILURE, r.exitCode());
        assertEquals("formcoach: the sample clip is missing: " + dir.resolve("samples/pushup-side-02.mp4")
                + " (it ships in FormCoach's samples/ folder)", r.err().strip());
    }
}
