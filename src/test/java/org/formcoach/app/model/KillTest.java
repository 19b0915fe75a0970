package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.formcoach.session.Database;
import org.formcoach.session.EndReason;
import org.formcoach.session.SessionRecord;
import org.formcoach.session.SessionStore;
import org.formcoach.session.SetRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM coaches through the real controller into a real SQLite file and is killed with
 * SIGKILL in the middle of a session: every set whose transaction had committed is there, whole,
 * and the next start marks the session interrupted.
 */
class KillTest {

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidSessionKeepsEveryCompletedSetAndTheFortnightBefore() throws Exception {
        Fortnight.seed(dir);
        java.util.Set<String> fortnight;
        int fortnightSets;
        int fortnightSessions;
        try (SessionStore before = SessionStore.open(dir, Clock.systemUTC())) {
            fortnight = new java.util.HashSet<>(before.sets(null, false).stream().map(SetRecord::id).toList());
            fortnightSets = fortnight.size();
            fortnightSessions = before.sessions(null).size();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KillChild.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("sets ")) {
                    committed = Long.parseLong(line.substring(5)) - fortnightSets;
                    if (committed >= 5 && committed % 2 == 1) {
                        break;  // two whole sessions and the first set of a third, which is still running
                    }
                }
            }
            assertTrue(committed >= 5, "the child coached and committed sets: " + committed);
            Process kill = new ProcessBuilder("kill", "-KILL", String.valueOf(child.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            assertEquals(128 + 9, child.exitValue(), "killed by SIGKILL");
            // what it reported after our last reading and before it died
            while ((line = out.readLine()) != null) {
                if (line.startsWith("sets ")) {
                    committed = Long.parseLong(line.substring(5)) - fortnightSets;
                }
            }
        } finally {
            child.destroyForcibly();
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE));
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
        }
        try (SessionStore store = SessionStore.open(dir, Clock.systemUTC())) {
            List<SessionRecord> sessions = store.sessions(null);
            List<SetRecord> sets = store.sets(null, true);
            assertTrue(sets.size() - fortnightSets >= committed, "every set committed before the kill is in the"
                    + " file: " + committed + " seen, " + (sets.size() - fortnightSets) + " kept");
            assertTrue(sessions.size() - fortnightSessions >= 3, "several sessions: " + sessions.size());
            assertEquals(fortnightSets, sets.stream().filter(s -> fortnight.contains(s.id())).count(),
                    "the fortnight is all there");
            for (SetRecord set : sets.stream().filter(s -> !fortnight.contains(s.id())).toList()) {
                assertEquals(8, set.reps());
                assertEquals(8, set.repList().size(), "a set is there whole, with its reps");
            }
            List<SessionRecord> running = sessions.stream().filter(x -> x.endReason() == null).toList();
            assertEquals(1, running.size(), "the session that was running had no end");
            store.closeInterrupted().join();
            assertEquals(EndReason.INTERRUPTED, store.sessions(null).stream()
                    .filter(x -> x.id().equals(running.get(0).id())).findFirst().orElseThrow().endReason());
        }
    }
}
