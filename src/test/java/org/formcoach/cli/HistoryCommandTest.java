package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.formcoach.app.model.Fortnight;
import org.formcoach.session.Backup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, export and import on a fortnight done through the real session controller. */
class HistoryCommandTest {

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void seed() throws Exception {
        data = dir.resolve("data");
        Fortnight.seed(data);
    }

    @Test
    void historyAsJsonHasEverySessionWithItsSetsTheLadderAndTheJournal() throws Exception {
        CommandRunner r = CommandRunner.run("history", "--json", "--data-dir", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<JsonNode> pushups = new java.util.ArrayList<>();
        doc.get("sessions").forEach(s -> {
            if (s.get("program").asText().endsWith("pushup")) {
                pushups.add(s);
            }
        });
        assertEquals(Fortnight.DAYS, pushups.size());
        JsonNode first = pushups.get(0);
        assertEquals("2026-11-02", first.get("date").asText());
        assertEquals("completed", first.get("end_reason").asText());
        assertEquals(2, first.get("sets").size());
        assertEquals(8, first.get("sets").get(0).get("clean_reps").asInt());
        JsonNode faulty = pushups.get(4).get("sets").get(1);
        assertEquals(1, faulty.get("faults").get("hip-line").asInt(), "day 4's sagging rep");
        assertEquals("chair-pushup", doc.get("ladder").get("exercise").asText());
        assertEquals(Fortnight.DAYS, doc.get("journal").size());
    }

    @Test
    void historyAsCsvHasOneLinePerSetAndSinceLimitsIt() {
        CommandRunner all = CommandRunner.run("history", "--csv", "--data-dir", data.toString());
        assertEquals(0, all.exitCode(), all.err());
        String[] lines = all.out().split("\n");
        assertTrue(lines[0].startsWith("date,session,program,exercise,set,target_reps,reps,clean_reps"), lines[0]);
        // 2 × 8, 2 × 10, 2 × 12 and then 3-set days, per rung: 2+2+2+3+3+3+3 wall, 2+2+2+3+3+3+3+3 counter
        assertEquals(1 + 18 + 21, lines.length);
        CommandRunner since = CommandRunner.run("history", "--csv", "--since", "2026-11-15", "--data-dir", data.toString());
        assertEquals(1 + 6, since.out().split("\n").length);
        CommandRunner bad = CommandRunner.run("history", "--since", "last tuesday", "--data-dir", data.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--since must be a date"), bad.err());
    }

    @Test
    void historyAsTextSaysWhereTheLadderIs() {
        CommandRunner r = CommandRunner.run("history", "--data-dir", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Ladder: Chair push-up, 2 × 8 since 2026-11-16"), r.out());
        assertTrue(r.out().contains("2026-11-02  wall-pushup"), r.out());
    }

    @Test
    void exportThenImportElsewhereGivesTheSameDocumentAndImportIsIdempotent() throws Exception {
        Path file = dir.resolve("backup.json");
        CommandRunner exported = CommandRunner.run("export", file.toString(), "--data-dir", data.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("sets"), exported.out());
        Path other = dir.resolve("physio");
        CommandRunner first = CommandRunner.run("import", file.toString(), "--data-dir", other.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("added "), first.out());
        CommandRunner again = CommandRunner.run("import", file.toString(), "--data-dir", other.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().endsWith("added 0 sessions, 0 sets, 0 journal entries\n"), again.out());
        Path file2 = dir.resolve("backup2.json");
        assertEquals(0, CommandRunner.run("export", file2.toString(), "--data-dir", other.toString()).exitCode());
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target", "fortnight-backup.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Backup a = Backup.json().readValue(file.toFile(), Backup.class);
        Backup b = Backup.json().readValue(file2.toFile(), Backup.class);
        assertEquals(a.withoutExportTime(), b.withoutExportTime(), "the round trip keeps everything");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void importRefusesAFileThatIsNotAnExport() throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.json"), "{\"shopping\": [\"eggs\"]}");
        CommandRunner r = CommandRunner.run("import", junk.toString(), "--data-dir", dir.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("formcoach import: ") && r.err().contains("is not a FormCoach export"), r.err());
        CommandRunner missing = CommandRunner.run("import", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
    }
}
