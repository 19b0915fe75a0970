package org.formcoach.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file itself: migrations, WAL and foreign keys, damaged files set aside. */
class DatabaseTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneId.of("UTC"));

    private static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void anEmptyFolderGetsTheWholeSchemaInWalModeWithForeignKeysOn() throws Exception {
        Database db = Database.open(dir.resolve("new/folder"), clock);
        assertEquals("", db.notice());
        try (Connection c = db.connect()) {
            assertEquals(Database.currentVersion(), Database.version(c));
            assertEquals("wal", one(c, "PRAGMA journal_mode"));
            assertEquals("1", one(c, "PRAGMA foreign_keys"));
            assertEquals(List.of("desk_alerts", "journal", "journal_red_flags", "ladder_events", "reps", "rungs",
                    "schema_migrations", "sessions", "set_faults", "sets", "settings"), tables(c).stream()
                    .filter(t -> !t.startsWith("patient")).toList());
            assertTrue(tables(c).containsAll(List.of("patients", "patient_thresholds")));
            assertEquals("1,2,3", one(c, "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations"
                    + " ORDER BY version)"));
            try (Statement s = c.createStatement()) {
                // foreign keys are enforced: a set needs its session
                Exception e = assertThrows(Exception.class, () -> s.execute("INSERT INTO sets(id, session_id, seq,"
                        + " exercise_id, set_number, started_at, ended_at, outcome) VALUES ('x','nope',1,'e',1,'t','t','done')"));
                assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            }
        }
        // opening again applies nothing twice
        Database again = Database.open(dir.resolve("new/folder"), clock);
        try (Connection c = again.connect()) {
            assertEquals("3", one(c, "SELECT COUNT(*) FROM schema_migrations"));
        }
    }

    @Test
    void aDatabaseOfThePreviousSchemaIsMigratedAndKeepsItsRows() throws Exception {
        Database v1 = Database.open(dir, clock, 1);
        try (Connection c = v1.connect(); Statement s = c.createStatement()) {
            assertEquals(1, Database.version(c));
            assertTrue(!tables(c).contains("journal"), "version 1 has no journal yet");
            s.execute("INSERT INTO sessions(id, program_id, program_kind, started_at, local_date, ended_at, end_reason)"
                    + " VALUES ('s1', 'wall-pushup', 'exercise', '2026-11-01T08:00:00Z', '2026-11-01',"
                    + " '2026-11-01T08:06:00Z', 'completed')");
            s.execute("INSERT INTO sets(id, session_id, seq, exercise_id, set_number, target_reps, reps, clean_reps,"
                    + " started_at, ended_at, outcome) VALUES ('t1', 's1', 1, 'wall-pushup', 1, 8, 8, 7,"
                    + " '2026-11-01T08:00:10Z', '2026-11-01T08:01:00Z', 'done')");
        }
        Database current = Database.open(dir, clock);
        try (Connection c = current.connect(); Statement s = c.createStatement()) {
            assertEquals(Database.currentVersion(), Database.version(c));
            assertEquals("wall-pushup 8 7", one(c, "SELECT x.program_id || ' ' || reps || ' ' || clean_reps"
                    + " FROM sets JOIN sessions x ON x.id = sets.session_id"));
            s.execute("INSERT INTO journal(id, at, local_date, pain, session_id) VALUES ('j1', '2026-11-01T08:07:00Z',"
                    + " '2026-11-01', 3, 's1')");
            assertEquals("3", one(c, "SELECT pain FROM journal WHERE session_id = 's1'"));
        }
        SessionStore store = SessionStore.open(dir, clock);
        assertEquals(1, store.sessions(null).size());
        store.close();
    }

    @Test
    void aFileThatIsNoDatabaseIsSetAsideUnderATimestampedNameNeverOverwritten() throws Exception {
        byte[] junk = "these are my holiday notes, not a database\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(Database.FILE), junk);
        Database db = Database.open(dir, clock);
        Path aside = dir.resolve("formcoach.db.corrupt-20261128-093000");
        assertEquals("The database formcoach.db is not a FormCoach database: it was kept as "
                + "formcoach.db.corrupt-20261128-093000 and a new one was started.", db.notice());
        assertArrayEquals(junk, Files.readAllBytes(aside), "the old file is kept byte for byte");
        try (Connection c = db.connect()) {
            assertEquals(Database.currentVersion(), Database.version(c));
        }
    }

    @Test
    void aDatabaseWithDamagedPagesIsSetAside() throws Exception {
        SessionStore store = SessionStore.open(dir, clock);
        store.sessionStarted(new SessionRecord("s1", "wall-pushup", false, clock.instant(),
                java.time.LocalDate.of(2026, 11, 28), null, null));
        store.close();
        // checkpointed into the main file by the close; now scribble over the schema's page
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(Database.FILE).toFile(), "rw")) {
            f.seek(100);
            f.write(new byte[3000]);
        }
        byte[] damaged = Files.readAllBytes(dir.resolve(Database.FILE));
        Database db = Database.open(dir, clock);
        assertTrue(db.notice().startsWith("The database formcoach.db is damaged ("), db.notice());
        assertTrue(db.notice().endsWith("it was kept as formcoach.db.corrupt-20261128-093000 and a new one was started."),
                db.notice());
        assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("formcoach.db.corrupt-20261128-093000")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().contains("corrupt")
                    && !p.toString().endsWith("-wal") && !p.toString().endsWith("-shm")).count());
        }
    }

    @Test
    void aDatabaseFromANewerFormCoachIsLeftAlone() throws Exception {
        Database.open(dir, clock);
        try (Connection c = Database.connect(dir.resolve(Database.FILE)); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (99, 'future', 'then')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir, clock));
        assertTrue(e.getMessage().contains("newer FormCoach"), e.getMessage());
        SessionStore store = SessionStore.open(dir, clock);
        assertTrue(!store.saving() && store.problem().contains("newer FormCoach"), store.problem());
    }
}
