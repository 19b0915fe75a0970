package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RoutinesCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = FormCoachCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listsTheShippedFolderByDefault() {
        Run r = run("routines");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("  office-reset  90-second office reset  1:30 + 1:00 warm-up = 2:30"), r.out());
        assertTrue(r.out().contains("    1. [0:15] chest-opener — 15 s hold (warm-up)"), r.out());
        assertTrue(r.out().contains("  evening-wind-down  7-minute evening wind-down  7:00 + 1:00 warm-up = 8:00"),
                r.out());
        assertTrue(r.out().contains("  weekend-session  15-minute weekend session  15:00 + 1:00 warm-up = 16:00"),
                r.out());
        assertTrue(r.out().contains("    suggested: Saturday 07:00–12:00"), r.out());
        assertTrue(r.out().contains("    breathing guide: in 4 s, hold 4 s, out 6 s"), r.out());
        assertTrue(r.out().contains("  wall-pushup  Wall push-up  [view: side]"), r.out());
        assertTrue(r.out().contains("    dose: 2 × 8 reps, 60 s rest; build up to 3 × 12, then counter-pushup"), r.out());
        assertTrue(r.out().contains("    rule hip-line: alignment [left_shoulder, left_hip, left_ankle] -30..12, error"),
                r.out());
        assertTrue(r.out().contains("    rule head-line: bend [left_hip, left_shoulder, left_ear] -20..15, warning"),
                r.out());
        assertTrue(r.out().contains("    dose: 4 forward + 4 backward"), r.out());
        assertTrue(r.out().contains("    not checked: shoulder blades squeezed together"), r.out());
    }

    @Test
    void jsonListsEveryExerciseAndRoutine() throws IOException {
        Run r = run("routines", "--dir", "routines", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        doc.get("exercises").forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(16, ids.size());
        assertTrue(ids.containsAll(List.of("chest-opener", "shoulder-rolls", "head-rotation-check", "rhomboid-release",
                "childs-pose", "shoulder-activation", "wall-pushup", "counter-pushup", "chair-pushup", "floor-pushup",
                "knee-pushup", "desk-posture")));
        assertEquals(5, doc.get("routines").size());
        JsonNode office = doc.get("routines").get(2);
        assertEquals("office-reset", office.get("id").asText());
        assertEquals(90.0, office.get("total_seconds").asDouble(), "the programme's 90 seconds");
        assertEquals(150.0, office.get("session_seconds").asDouble(), "and the warm-up's minute before them");
        assertEquals("warm-up", office.get("warm_up").asText());
        JsonNode check = doc.get("exercises").get(ids.indexOf("head-rotation-check"));
        assertEquals("front", check.get("view").asText());
        assertEquals(7, check.get("red_flags").size());
        assertEquals(4, doc.get("patterns").size());
        assertEquals(0, doc.get("errors").size());
        JsonNode childsPose = doc.get("exercises").get(ids.indexOf("childs-pose"));
        assertEquals(45.0, childsPose.get("dose_fields").get("hold_max_seconds").asDouble());
        assertEquals("2 × 30–45 s hold, 15 s rest", childsPose.get("dose").asText());
    }

    @Test
    void invalidFilesAreReportedWithTheirLocationAndExitTwo(@TempDir Path dir) throws IOException {
        Path exercises = Files.createDirectories(dir.resolve("exercises"));
        Files.copy(Path.of("routines/exercises/chest-opener.yaml"), exercises.resolve("chest-opener.yaml"));
        String broken = Files.readString(Path.of("routines/exercises/wall-pushup.yaml"))
                .replace("angle: [left_shoulder, left_elbow, left_wrist]", "angle: [left_shoulder, left_elbw, left_wrist]");
        Files.writeString(exercises.resolve("wall-pushup.yaml"), broken);
        Files.writeString(dir.resolve("short.yaml"), "id: short\nname: Short\nsteps:\n  - exercise: chest-opener\n");
        Run r = run("routines", "--dir", dir.toString());
        assertEquals(2, r.exit());
        int line = lineOf(broken, "left_elbw");
        String expected = exercises.resolve("wall-pushup.yaml") + ":" + line + ":" + (broken.lines().toList()
                .get(line - 1).indexOf("left_elbw") + 1) + ": unknown keypoint 'left_elbw' — use one of nose, left_eye,";
        assertTrue(r.err().startsWith(expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        // the valid ones are still listed
        assertTrue(r.out().contains("  short  Short"), r.out());
        assertTrue(r.out().contains("  chest-opener  Chest opener"), r.out());

        Run json = run("routines", "--dir", dir.toString(), "--json");
        assertEquals(2, json.exit());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(line, doc.get("errors").get(0).get("line").asInt());
        assertEquals(1, doc.get("exercises").size());
    }

    @Test
    void anEmptyFolderIsSaidToHoldNoRoutines(@TempDir Path empty) {
        Run r = run("routines", "--dir", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertEquals("formcoach routines: " + empty + " holds no routines or exercises (routines are *.yaml files in"
                + " it, exercises *.yaml files in its exercises/ subfolder; see routines/README.md); leave out the"
                + " option to use the ones FormCoach ships", r.err().strip());
        Run analyze = run("analyze", "--routines", empty.toString(), "--exercise", "wall-pushup", "clip.avi");
        assertEquals(ExitCode.BAD_INPUT, analyze.exit());
        assertEquals("formcoach analyze: " + empty + " holds no routines or exercises (routines are *.yaml files in"
                + " it, exercises *.yaml files in its exercises/ subfolder; see routines/README.md); leave out the"
                + " option to use the ones FormCoach ships", analyze.err().strip());
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
