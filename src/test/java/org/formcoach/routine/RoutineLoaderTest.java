package org.formcoach.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.OneEuroParameters;
import org.formcoach.rule.RuleKinds;
import org.formcoach.rule.RuleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineLoaderTest {

    static final Path SHIPPED = Path.of("routines");

    /** A small valid exercise; tests break one line of it. Line numbers matter: see the asserts. */
    static final String VALID = """
            id: test-pushup
            name: Test push-up
            view: side
            dose: {sets: 2, reps: 8}
            tracker:
              kind: reps
              angle: [left_shoulder, left_elbow, left_wrist]
              top: 155
              bottom: 100
              partial_cue: go lower
              tempo_cue: slow down
            rules:
              - id: body-line
                kind: alignment
                points: [left_shoulder, left_hip, left_ankle]
                max_deviation: 12
                cue_sag: lift your hips
                cue_pike: lower your hips
            """;

    @TempDir
    Path dir;

    private Catalog load(String exerciseFile, String text) throws IOException {
        Path file = dir.resolve("exercises").resolve(exerciseFile);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new RoutineLoader().load(dir);
    }

    private RoutineError single(Catalog c) {
        assertEquals(1, c.errors().size(), () -> "errors: " + c.errors());
        return c.errors().get(0);
    }

    private void assertError(Catalog c, String file, int line, int column, String messageStart) {
        RoutineError e = single(c);
        assertEquals(dir.resolve(file), e.file());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.format());
        assertTrue(e.message().startsWith(messageStart), e.message());
        assertTrue(e.format().startsWith(dir.resolve(file) + ":" + line + ":" + column + ": "), e.format());
    }

    @Test
    void aFileOverOneMegabyteIsRefusedQuicklyAndTheOthersStillLoad() throws IOException {
        Path exercises = Files.createDirectories(dir.resolve("exercises"));
        Files.writeString(exercises.resolve("test-pushup.yaml"), VALID);
        // 20 MB of YAML that parses (slowly) as a list: what a wrongly saved export or log could be
        Path big = exercises.resolve("export.yaml");
        try (Writer w = Files.newBufferedWriter(big)) {
            String line = "- {t: 12.345, id: body-line, text: keep your body in one line, severity: error}\n";
            for (long written = 0; written < 20L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        long start = System.nanoTime();
        Catalog c = new RoutineLoader().load(dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 2, "refused without parsing: " + seconds + " s");
        RoutineError e = single(c);
        assertEquals(big, e.file());
        assertEquals(1, e.line());
        assertEquals("the file is 20.0 MB; a routine or exercise file is at most 1 MB (the shipped ones are a few kB)"
                + " — is this the right file?", e.message());
        assertTrue(c.exercise("test-pushup").isPresent(), "the other files still load");
    }

    @Test
    void theValidSampleLoads() throws IOException {
        Catalog c = load("test-pushup.yaml", VALID);
        assertEquals(List.of(), c.errors());
        Exercise e = c.exercise("test-pushup").orElseThrow();
        assertEquals(CameraView.SIDE, e.view());
        assertEquals(new TrackerSpec.Reps(List.of(Keypoint.LEFT_SHOULDER,
                Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST), 155, 100, null, 1.0,
                "go lower", "slow down"), e.tracker());
        RuleSpec line = e.rules().get(0);
        assertEquals(RuleKinds.ALIGNMENT, line.kind());
        assertEquals(-12.0, line.min());
        assertEquals(12.0, line.max());
        assertEquals("lift your hips", line.cueAbove());
        assertEquals("2 × 8 reps", e.dose().describe(e.tracker()));
    }

    @Test
    void unknownKeypoint() throws IOException {
        Catalog c = load("x.yaml", VALID.replace("left_hip, left_ankle", "left_hip, left_ankel"));
        assertError(c, "exercises/x.yaml", 15, 39, "unknown keypoint 'left_ankel' — use one of nose, left_eye,");
        assertTrue(c.exercises().isEmpty());
    }

    @Test
    void unknownRuleKind() throws IOException {
        assertError(load("x.yaml", VALID.replace("kind: alignment", "kind: alinement")), "exercises/x.yaml", 14, 11,
                "unknown rule kind 'alinement' — use one of angle, alignment, bend, offset, tilt, segment-angle, "
                        + "drift, size");
    }

    @Test
    void smoothingIsReadAndCheckedForRange() throws IOException {
        Catalog ok = load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}",
                "dose: {sets: 2, reps: 8}\nsmoothing: {min_cutoff: 0.5, beta: 0.02}"));
        assertTrue(ok.errors().isEmpty(), ok.errors().toString());
        OneEuroParameters s = ok.exercise("test-pushup").orElseThrow().smoothing();
        assertEquals(0.5, s.minCutoffHz());
        assertEquals(0.02, s.beta());
        assertEquals(OneEuroParameters.DEFAULT.derivativeCutoffHz(), s.derivativeCutoffHz());
        Catalog bad = load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}",
                "dose: {sets: 2, reps: 8}\nsmoothing: {min_cutoff: 0}"));
        assertEquals(1, bad.errors().size(), bad.errors().toString());
        assertTrue(bad.errors().get(0).message().startsWith("min_cutoff 0 is out of range"), bad.errors().toString());
    }

    @Test
    void thresholdOutOfRange() throws IOException {
        assertError(load("x.yaml", VALID.replace("top: 155", "top: 255")), "exercises/x.yaml", 8, 8,
                "top 255 is out of range — use a value between 0 and 180 (degrees)");
        assertError(load("x.yaml", VALID.replace("max_deviation: 12", "max_deviation: 60")), "exercises/x.yaml", 16, 20,
                "max_deviation 60 is out of range — use a value between 0 and 45 (degrees)");
    }

    @Test
    void holdShorterThanOneSecond() throws IOException {
        String hold = """
                id: test-hold
                name: Test hold
                view: side
                dose: {hold: 0.5}
                tracker: {kind: hold}
                """;
        assertError(load("x.yaml", hold), "exercises/x.yaml", 4, 14,
                "a hold of 0.5 s is shorter than 1 s — holds need at least 1 s, e.g. hold: 15");
    }

    @Test
    void missingField() throws IOException {
        assertError(load("x.yaml", VALID.replace("name: Test push-up\n", "")), "exercises/x.yaml", 1, 1,
                "missing field 'name' — add name: ...");
        assertError(load("x.yaml", VALID.replace("    cue_pike: lower your hips\n", "")), "exercises/x.yaml", 13, 5,
                "missing field 'cue_pike'");
        assertError(load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}", "dose: {sets: 2}")), "exercises/x.yaml",
                4, 8, "missing field 'reps' — this exercise counts repetitions; add e.g. reps: 8");
    }

    @Test
    void aRepPhaseOnlyMeansSomethingWhenRepsAreCounted() throws IOException {
        String hold = """
                id: test-hold
                name: Test hold
                view: side
                dose: {hold: 10}
                tracker: {kind: hold}
                rules:
                  - id: elbows
                    kind: angle
                    points: [left_shoulder, left_elbow, left_wrist]
                    phase: bottom
                    min: 70
                    cue: bend less
                """;
        assertError(load("x.yaml", hold), "exercises/x.yaml", 10, 12,
                "'phase' applies only to exercises that count reps, this one is a hold — remove the phase");
    }

    @Test
    void aHoldWithoutItsTimeIsMissingAField() throws IOException {
        assertError(load("x.yaml", "id: test-hold\nname: Test hold\nview: side\ntracker: {kind: hold}\n"),
                "exercises/x.yaml", 1, 1, "missing field 'hold' — this exercise is a hold; add e.g. hold: 15");
    }

    @Test
    void noEditOfAShippedFileCanCrashTheLoader() throws IOException {
        // every shipped file with each one of its lines deleted: problems become errors, never exceptions
        Path exercises = Files.createDirectories(dir.resolve("exercises"));
        try (Stream<Path> files = Files.list(SHIPPED.resolve("exercises"))) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    List<String> edited = new ArrayList<>(lines);
                    edited.remove(i);
                    Files.write(exercises.resolve("edited.yaml"), edited);
                    Catalog c = new RoutineLoader().load(dir);
                    String where = file + " without line " + (i + 1) + ": " + c.errors();
                    if (c.errors().isEmpty()) {
                        assertTrue(c.exercise(fileId(file)).isPresent(), where);
                    } else {
                        assertTrue(c.exercise(fileId(file)).isEmpty(), where + " (a file with errors is left out)");
                        for (RoutineError e : c.errors()) {
                            assertEquals(exercises.resolve("edited.yaml"), e.file(), where);
                            assertTrue(e.line() >= 1 && e.line() <= lines.size() && e.column() >= 1, where);
                        }
                    }
                }
            }
        }
    }

    private static String fileId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    @Test
    void duplicateIds() throws IOException {
        load("a.yaml", VALID);
        Catalog c = load("b.yaml", VALID);
        assertError(c, "exercises/b.yaml", 1, 5, "duplicate exercise id 'test-pushup' — already used by " + dir.resolve("exercises/a.yaml"));
        assertEquals(dir.resolve("exercises/a.yaml"), c.exercise("test-pushup").orElseThrow().source());

        Files.delete(dir.resolve("exercises/b.yaml"));
        String twoRules = VALID + """
                  - id: body-line
                    kind: angle
                    points: [left_shoulder, left_elbow, left_wrist]
                    min: 70
                    cue: not so deep
                """;
        assertError(load("a.yaml", twoRules), "exercises/a.yaml", 19, 9,
                "duplicate rule id 'body-line' (first at line 13)");
    }

    @Test
    void duplicateKeysAndUnknownFields() throws IOException {
        assertError(load("x.yaml", VALID.replace("  top: 155\n", "  top: 155\n  top: 150\n")), "exercises/x.yaml", 9, 3,
                "duplicate field 'top' — keep only one of them");
        Catalog typo = load("x.yaml", VALID.replace("max_deviation:", "max_deviaton:"));
        assertEquals(List.of(
                dir.resolve("exercises/x.yaml") + ":16:5: unknown field 'max_deviaton' in an alignment rule — expected one of "
                        + "after, cue_pike, cue_sag, hysteresis, id, kind, max_deviation, max_pike, max_sag, phase, "
                        + "points, relative_to_neutral, severity, side, views",
                dir.resolve("exercises/x.yaml") + ":13:5: missing field 'max_deviation' — add max_deviation: <number>"),
                typo.errors().stream().map(RoutineError::format).toList());
    }

    @Test
    void yamlSyntaxErrorsAreLocated() throws IOException {
        assertError(load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}", "dose: {sets: 2, reps: 8")),
                "exercises/x.yaml", 5, 8, "YAML syntax error:");
        assertError(load("x.yaml", VALID.replace("  kind: reps", "\tkind: reps")), "exercises/x.yaml", 6, 1,
                "YAML syntax error:");
    }

    @Test
    void aBrokenFileNeverStopsTheOthers() throws IOException {
        load("good.yaml", VALID);
        Files.writeString(dir.resolve("routine.yaml"), """
                id: test-routine
                name: Test routine
                steps:
                  - exercise: test-pushup
                    sets: 3
                  - rest: 20
                  - exercise: test-pushup
                """);
        Files.writeString(dir.resolve("broken.yaml"), """
                id: broken
                name: Broken
                steps:
                  - exercise: no-such-exercise
                """);
        Catalog c = load("bad.yaml", "id: [oops\n");
        assertEquals(2, c.errors().size(), c.errors().toString());
        assertEquals(List.of("test-pushup"), List.copyOf(c.exercises().keySet()));
        assertEquals(List.of("test-routine"), List.copyOf(c.routines().keySet()));
        RoutineError unknown = c.errors().stream().filter(e -> e.file().endsWith("broken.yaml")).findFirst().orElseThrow();
        assertEquals("4:15", unknown.line() + ":" + unknown.column());
        assertTrue(unknown.message().startsWith("unknown exercise 'no-such-exercise' — use one of test-pushup"));
        Routine r = c.routine("test-routine").orElseThrow();
        assertEquals(3, r.steps().get(0).dose().sets(), "step overrides the exercise's sets");
        assertEquals(8, r.steps().get(0).dose().reps(), "and keeps its reps");
        assertTrue(r.steps().get(1).isRest());
        assertEquals(20, r.steps().get(1).restSeconds());
    }

    @Test
    void unknownProgressionTarget() throws IOException {
        Catalog c = load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}",
                "dose: {sets: 2, reps: 8}\nprogression: {sets: 3, reps: 12, next: counter-pushp}"));
        assertError(c, "exercises/x.yaml", 5, 40, "unknown exercise 'counter-pushp' in progression.next");
    }

    /** The valid exercise and a routine file {@code text}; returns what the folder loads to. */
    private Catalog withRoutine(String text) throws IOException {
        Path file = dir.resolve("exercises").resolve("test-pushup.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, VALID);
        Files.writeString(dir.resolve("r.yaml"), text);
        return new RoutineLoader().load(dir);
    }

    @Test
    void aTimeBoxShorterThanItsDoseIsAnError() throws IOException {
        Catalog c = withRoutine("""
                id: r
                name: R
                steps:
                  - exercise: test-pushup
                    duration: 30
                """);
        // 2 × 8 reps at the default 3 s a rep take 48 s
        assertError(c, "r.yaml", 4, 5, "the dose takes 0:48 at its pace, longer than its time box of 0:30");
        Catalog ok = withRoutine("""
                id: r
                name: R
                steps:
                  - exercise: test-pushup
                    duration: 60
                """);
        assertEquals(List.of(), ok.errors());
        assertEquals(60, Timing.total(ok.routine("r").orElseThrow(), ok), 1e-9, "a time box takes its time");
        assertEquals("2 × 8 reps, within 1:00", ok.routine("r").orElseThrow().steps().get(0).dose()
                .describe(ok.exercise("test-pushup").orElseThrow().tracker()));
    }

    @Test
    void aWarmUpMustBeAKnownRoutineWithoutOneOfItsOwn() throws IOException {
        Catalog c = withRoutine("""
                id: r
                name: R
                warm_up: warmup
                steps: [{exercise: test-pushup}]
                """);
        assertError(c, "r.yaml", 3, 10, "unknown routine 'warmup' in warm_up");
        assertTrue(c.routine("r").isEmpty());
        Files.writeString(dir.resolve("w.yaml"), "id: w\nname: W\nwarm_up: r\nsteps: [{rest: 10}]\n");
        Files.writeString(dir.resolve("r.yaml"), "id: r\nname: R\nwarm_up: w\nsteps: [{exercise: test-pushup}]\n");
        Catalog loop = new RoutineLoader().load(dir);
        assertTrue(loop.errors().stream().anyMatch(e -> e.message().contains("has a warm_up of its own")),
                loop.errors().toString());
    }

    @Test
    void aScheduleNeedsTimesOfDayInOrder() throws IOException {
        Catalog ok = withRoutine("""
                id: r
                name: R
                schedule: {days: [saturday], from: "07:00", until: "12:00"}
                steps: [{exercise: test-pushup}]
                """);
        assertEquals(List.of(), ok.errors());
        assertEquals("Saturday 07:00–12:00", ok.routine("r").orElseThrow().schedule().describe());
        Catalog backwards = withRoutine("""
                id: r
                name: R
                schedule: {from: "12:00", until: "07:00"}
                steps: [{exercise: test-pushup}]
                """);
        assertError(backwards, "r.yaml", 3, 34, "until 07:00 must be later than from 12:00");
        Catalog noTime = withRoutine("""
                id: r
                name: R
                schedule: {from: "evening", until: "23:00"}
                steps: [{exercise: test-pushup}]
                """);
        assertError(noTime, "r.yaml", 3, 18, "'from' must be a time of day in quotes");
    }

    @Test
    void aPatternMustSuggestKnownRoutinesAndExercises() throws IOException {
        Path patterns = Files.createDirectories(dir.resolve("patterns"));
        Files.writeString(patterns.resolve("p.yaml"), """
                id: p
                name: P
                routine: r
                stretches: [test-pushup, nope]
                """);
        Catalog c = withRoutine("id: r\nname: R\nsteps: [{exercise: test-pushup}]\n");
        assertError(c, "patterns/p.yaml", 4, 12, "unknown exercise 'nope' in stretches");
        assertTrue(c.patterns().isEmpty());
    }

    @Test
    void aBreathingPatternIsReadWithItsOptionalHold() throws IOException {
        Catalog c = load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}",
                "dose: {sets: 2, reps: 8}\nbreathing: {inhale: 4, exhale: 6}"));
        assertEquals(List.of(), c.errors());
        assertEquals(new Breathing(4, 0, 6), c.exercise("test-pushup").orElseThrow().breathing());
        assertError(load("x.yaml", VALID.replace("dose: {sets: 2, reps: 8}",
                "dose: {sets: 2, reps: 8}\nbreathing: {inhale: 4}")), "exercises/x.yaml", 5, 13,
                "missing field 'exhale'");
    }

    @Test
    void aMissingFolderIsAnError() {
        Catalog c = new RoutineLoader().load(dir.resolve("nowhere"));
        assertEquals(1, c.errors().size());
        assertTrue(c.errors().get(0).message().startsWith("not a folder"));
    }

    // ---- the shipped programme ----

    @Test
    void everyShippedFileLoadsWithoutErrors() {
        Catalog c = new RoutineLoader().load(SHIPPED);
        assertEquals(List.of(), c.errors());
        assertEquals(List.of("band-row", "chair-pushup", "chest-opener", "childs-pose", "counter-pushup", "desk-posture",
                "floor-pushup", "head-rotation-check", "knee-pushup", "rhomboid-release", "seated-forward-fold",
                "seated-shoulder-activation", "shoulder-activation", "shoulder-rolls", "thoracic-rotation",
                "wall-pushup"), List.copyOf(c.exercises().keySet()));
        assertEquals(List.of("daily", "evening-wind-down", "office-reset", "warm-up", "weekend-session"),
                List.copyOf(c.routines().keySet()));
        assertEquals(List.of("between-shoulder-blades", "morning-stiffness", "neck-shoulder-knots", "none"),
                List.copyOf(c.patterns().keySet()));
    }

    @Test
    void shippedDosesMatchTheCatalogue() {
        Catalog c = new RoutineLoader().load(SHIPPED);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("chest-opener", "15 s hold"),
                Map.entry("shoulder-rolls", "4 forward + 4 backward"),
                Map.entry("head-rotation-check", "30 s, both ways"),
                Map.entry("rhomboid-release", "3 × 20 s hold, 10 s rest"),
                Map.entry("childs-pose", "2 × 30–45 s hold, 15 s rest"),
                Map.entry("shoulder-activation", "6 cycles × 4 × 2 s"),
                Map.entry("wall-pushup", "2 × 8 reps, 60 s rest"),
                Map.entry("desk-posture", "continuous"),
                Map.entry("seated-forward-fold", "30 s hold"),
                Map.entry("seated-shoulder-activation", "6 cycles × 4 × 2 s"),
                Map.entry("thoracic-rotation", "8 per side"),
                Map.entry("band-row", "2 × 12 reps, 20 s rest"));
        expected.forEach((id, dose) -> {
            Exercise e = c.exercise(id).orElseThrow();
            assertEquals(dose, e.dose().describe(e.tracker()), id);
        });
        // the push-up ladder: 2 x 8 up to 3 x 12, then the next one
        assertEquals(new Progression(3, 12, "counter-pushup"), c.exercise("wall-pushup").orElseThrow().progression());
        assertEquals("chair-pushup", c.exercise("counter-pushup").orElseThrow().progression().next());
        assertEquals("floor-pushup", c.exercise("chair-pushup").orElseThrow().progression().next());
        assertEquals(null, c.exercise("floor-pushup").orElseThrow().progression().next());
    }

    private static final Pattern THRESHOLD = Pattern.compile(
            "^\\s*(top|bottom|min|max|max_deviation|max_sag|max_pike|max_degrees|threshold|min_radius|min_turn|min_rep_seconds|grace|after"
                    + "|hysteresis|calibration_seconds|reminder_minutes|seconds_each|baseline_seconds|rep_seconds"
                    + "|circle_seconds|rotation_seconds|min_rotation_seconds|closed|open|dose|breathing):.*[0-9].*");

    @Test
    void everyShippedThresholdSaysWhereItComesFrom() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED.resolve("exercises"))) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (!THRESHOLD.matcher(lines.get(i)).matches() || lines.get(i).contains("#")) {
                        continue;
                    }
                    // a comment right above, possibly shared with the threshold just above (min / max)
                    int j = i - 1;
                    while (j >= 0 && THRESHOLD.matcher(lines.get(j)).matches() && !lines.get(j).contains("#")) {
                        j--;
                    }
                    assertTrue(j >= 0 && lines.get(j).strip().startsWith("#"),
                            file + ":" + (i + 1) + ": threshold without a comment saying where it comes from");
                }
            }
        }
    }
}
