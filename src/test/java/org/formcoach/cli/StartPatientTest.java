package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.formcoach.patient.PatientProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formcoach --patient CODE}: the window starts with a kept profile, or says in one line that there is none. */
class StartPatientTest {

    @TempDir
    Path data;

    @Test
    void aKeptPatientIsFoundWithTheirThresholdsAndAnUnknownCodeIsToldInOneLine() {
        assertEquals(ExitCode.OK, FormCoachCommand.newCommandLine().execute("patient", "set", "P-017", "--name", "Anna",
                "--threshold", "floor-pushup:head-line=-20..20", "--data-dir", data.toString()));
        StringWriter err = new StringWriter();
        PatientProfile anna = FormCoachCommand.patient("P-017", data, new PrintWriter(err, true));
        assertEquals("Anna", anna.name());
        assertEquals(-20.0, anna.threshold("floor-pushup", "head-line").orElseThrow().min());
        assertEquals("", err.toString());

        assertNull(FormCoachCommand.patient("P-999", data, new PrintWriter(err, true)));
        assertEquals("formcoach: no patient 'P-999' in " + data + " (see 'formcoach patient list'); coaching with the"
                + " exercise files' thresholds" + System.lineSeparator(), err.toString());
    }
}
