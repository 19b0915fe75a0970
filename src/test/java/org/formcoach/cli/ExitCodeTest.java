package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit codes of the command line, and no stack trace for an error nobody foresaw. */
class ExitCodeTest {

    @CommandLine.Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug\nwith a second line");
        }
    }

    @Test
    void anUnexpectedErrorIsOneLineAndExitCodeOne() {
        CommandLine cl = FormCoachCommand.newCommandLine();
        cl.addSubcommand(new Explode());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.FAILURE, cl.execute("explode"));
        assertEquals("formcoach explode: unexpected error: IllegalStateException: a bug (run with"
                + " FORMCOACH_JAVA_OPTS=-Dformcoach.debug=true for the details)", err.toString().strip());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void aBadOptionIsAUsageErrorWithExitCodeTwo() {
        assertEquals(ExitCode.BAD_INPUT, CommandRunner.run("analyze", "--no-such-option").exitCode());
        assertEquals(ExitCode.BAD_INPUT, CommandRunner.run("pose", "--model", "medium", "x.png").exitCode());
    }
}
