package org.formcoach.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.formcoach.cli.FormCoachCommand;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.session.PatientStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Per-patient thresholds: kept in the database, applied to the exercise, exported and imported as YAML. */
class PatientProfileTest {

    static final Catalog CATALOG = new RoutineLoader().load(Path.of("routines"));

    @TempDir
    Path dir;

    @Test
    void anOverrideReplacesTheRulesRangeAndNothingElse() {
        Exercise floor = CATALOG.exercise("floor-pushup").orElseThrow();
        PatientProfile p = new PatientProfile("P-017", "Anna", "", "", "", java.util.List.of())
                .withThreshold("floor-pushup", "head-line", -25.0, 20.0);
        Exercise mine = p.apply(floor);
        assertEquals(-25.0, mine.rule("head-line").orElseThrow().min());
        assertEquals(20.0, mine.rule("head-line").orElseThrow().max());
        assertEquals(floor.rule("hip-line"), mine.rule("hip-line"));
        assertEquals(floor, p.apply(CATALOG.exercise("floor-pushup").orElseThrow()).id().equals("floor-pushup")
                ? p.withThreshold("floor-pushup", "head-line", null, null).apply(floor) : null);
    }

    @Test
    void theSourceOfEachDefaultIsTheCommentAboveIt() {
        Exercise floor = CATALOG.exercise("floor-pushup").orElseThrow();
        var sources = ThresholdSources.read(floor.source());
        assertTrue(sources.get("hip-line").startsWith("The hips judged on their own"), sources.toString());
        assertTrue(sources.get("head-line").contains("Practical defaults"), sources.toString());
    }

    @Test
    void aProfileGoesThroughTheDatabaseAndYamlUnchangedAndBadFilesAreOneLine() throws Exception {
        PatientProfile p = new PatientProfile("P-017", "Anna", "Neck sore — desk job", "weekend-session",
                "counter-pushup", java.util.List.of())
                .withThreshold("floor-pushup", "hip-line", -18.0, 30.0);
        try (PatientStore store = PatientStore.open(dir, Clock.systemUTC())) {
            store.save(p);
            assertEquals(p, store.get("P-017").orElseThrow());
        }
        String yaml = PatientYaml.write(p);
        assertEquals(p, PatientYaml.read(yaml, CATALOG));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PatientYaml.read(
                yaml.replace("hip-line", "knee-line"), CATALOG));
        assertTrue(bad.getMessage().contains("has no rule 'knee-line'"), bad.getMessage());

        // the command line: export, import into another database, set a threshold, refuse a bad one
        Path file = dir.resolve("anna.yaml");
        assertEquals(0, run("patient", "export", "P-017", file.toString(), "--data-dir", dir.toString()));
        Path other = dir.resolve("other");
        assertEquals(0, run("patient", "import", file.toString(), "--data-dir", other.toString()));
        assertEquals(0, run("patient", "set", "P-017", "--threshold", "floor-pushup:head-line=..18", "--data-dir",
                other.toString()));
        try (PatientStore store = PatientStore.open(other, Clock.systemUTC())) {
            PatientProfile got = store.get("P-017").orElseThrow();
            assertEquals(18.0, got.threshold("floor-pushup", "head-line").orElseThrow().max());
            assertEquals("Neck sore — desk job", got.notes());
        }
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "patient", "set", "P-017", "--threshold", "floor-pushup:head-line=30..10",
                "--data-dir", other.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        Files.writeString(dir.resolve("broken.yaml"), "code: [unclosed");
        assertEquals(2, run("patient", "import", dir.resolve("broken.yaml").toString(), "--data-dir",
                other.toString()));
    }

    static int run(String... args) {
        return run(new StringWriter(), args);
    }

    static int run(StringWriter err, String... args) {
        CommandLine cl = FormCoachCommand.newCommandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
