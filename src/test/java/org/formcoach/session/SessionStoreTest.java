package org.formcoach.session;

import static org.formcoach.session.StoreFixtures.session;
import static org.formcoach.session.StoreFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real SQLite files: what is written comes back, backups, full and read-only disks. */
class SessionStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneId.of("UTC"));

    /** A store with two sessions, their sets and reps, desk alerts, a journal entry, a rung and settings. */
    private List<SetRecord> fill(SessionStore store) {
        SessionRecord a = session("s-a", "wall-pushup", LocalDate.of(2026, 11, 20), 6);
        SessionRecord b = new SessionRecord("s-b", "weekend-session", true, Instant.parse("2026-11-21T10:00:00Z"),
                LocalDate.of(2026, 11, 21), null, null);
        store.sessionStarted(a);
        store.sessionStarted(b);
        List<SetRecord> sets = List.of(set(a, 1, "wall-pushup", 8, 8, 8), set(a, 2, "wall-pushup", 8, 6, 4),
                set(b, 1, "wall-pushup", 8, 8, 7));
        sets.forEach(store::setCompleted);
        store.sessionEnded("s-b", Instant.parse("2026-11-21T10:15:00Z"), EndReason.STOPPED);
        store.deskAlerts(new DeskAlertHour("s-b", LocalDateTime.parse("2026-11-21T10:00"), 3));
        store.deskAlerts(new DeskAlertHour("s-b", LocalDateTime.parse("2026-11-21T10:00"), 4));
        store.addJournal(new JournalEntry("j-1", Instant.parse("2026-11-21T10:16:00Z"), LocalDate.of(2026, 11, 21), 3,
                "between the shoulder blades", "comes and goes", "better after the releases",
                Map.of("arm-numbness", false, "night-pain", false), "s-b"));
        store.setRung(new Rung("wall-pushup", "wall-pushup", 2, 10, LocalDate.of(2026, 11, 21)),
                new LadderEvent("e-1", Instant.parse("2026-11-21T10:15:30Z"), "wall-pushup", LadderEvent.Kind.DOSE,
                        "wall-pushup", "wall-pushup", 2, 10));
        store.putSettings(Map.of("mirror", "true", "muted", "false"));
        store.flush();
        return sets;
    }

    @Test
    void whatIsWrittenComesBackAsItWas() {
        try (SessionStore store = SessionStore.open(dir, clock)) {
            List<SetRecord> sets = fill(store);
            assertTrue(store.saving());
            assertNull(store.problem());
            List<SessionRecord> sessions = store.sessions(null);
            assertEquals(List.of("s-a", "s-b"), sessions.stream().map(SessionRecord::id).toList());
            assertEquals(EndReason.STOPPED, sessions.get(1).endReason());
            assertEquals(sets, store.sets(null, true), "sets with their faults and reps");
            assertEquals(List.of(), store.sets(null, false).get(0).repList(), "reps only when asked for");
            assertEquals(List.of("s-b"), store.sets(LocalDate.of(2026, 11, 21), false).stream()
                    .map(SetRecord::sessionId).distinct().toList(), "since a day");
            assertEquals(List.of(new DeskAlertHour("s-b", LocalDateTime.parse("2026-11-21T10:00"), 4)),
                    store.deskAlertHours(null), "an hour's count is replaced, not added");
            JournalEntry j = store.journal(null).get(0);
            assertEquals(3, j.pain());
            assertEquals(Map.of("arm-numbness", false, "night-pain", false), j.redFlags());
            assertEquals(2, store.rung("wall-pushup").orElseThrow().sets());
            assertEquals(Map.of("mirror", "true", "muted", "false"), store.settings());
        }
    }

    @Test
    void anExportImportedIntoAnEmptyStoreGivesTheSameExportAndASecondImportChangesNothing() throws Exception {
        Backup exported;
        try (SessionStore store = SessionStore.open(dir.resolve("mine"), clock)) {
            fill(store);
            exported = store.export();
        }
        Path file = dir.resolve("backup.json");
        Backup.json().writeValue(file.toFile(), exported);
        Backup read = Backup.json().readValue(file.toFile(), Backup.class);
        assertEquals(exported, read, "the JSON holds everything");

        try (SessionStore other = SessionStore.open(dir.resolve("physio"), clock)) {
            assertEquals(new Backup.Counts(2, 3, 1), other.importAll(read).join());
            assertEquals(exported.withoutExportTime(), other.export().withoutExportTime());
            assertEquals(new Backup.Counts(0, 0, 0), other.importAll(read).join(), "idempotent");
            assertEquals(exported.withoutExportTime(), other.export().withoutExportTime());
        }
    }

    @Test
    void aFullDatabaseSaysNotSavingOnceAndTakesFurtherWorkWithoutFailing() {
        try (SessionStore store = SessionStore.open(dir, clock)) {
            List<String> problems = new CopyOnWriteArrayList<>();
            store.onProblem(problems::add);
            SessionRecord s = session("s", "wall-pushup", LocalDate.of(2026, 11, 28), 10);
            store.sessionStarted(s);
            store.flush();
            store.limitPages(12);  // SQLite's own "database or disk is full"
            for (int i = 1; i <= 60; i++) {
                store.setCompleted(set(s, i, "wall-pushup", 12, 12, 12));
            }
            store.flush();
            assertFalse(problems.isEmpty(), "the full database was noticed");
            assertTrue(problems.get(0).startsWith("Not saving: the disk holding "), problems.get(0));
            assertTrue(problems.get(0).endsWith(" is full — coaching goes on"), problems.get(0));
            assertTrue(problems.stream().allMatch(p -> p.isEmpty() || p.equals(problems.get(0))),
                    "one message, told again only after saving worked in between: " + problems);
            int kept = store.sets(null, false).size();
            assertTrue(kept > 0 && kept < 60, "the sets before the disk filled are kept: " + kept);
        }
    }

    @Test
    void aRealFullDiskIsToldInOneLineAndSavingResumesWhenThereIsSpaceAgain() throws Exception {
        assumeTrue(TinyDisk.available(dir), "needs root and tmpfs");
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 512)) {
            SessionStore store = SessionStore.open(disk.path(), clock);
            List<String> problems = new CopyOnWriteArrayList<>();
            store.onProblem(problems::add);
            SessionRecord s = session("s", "wall-pushup", LocalDate.of(2026, 11, 28), 10);
            store.sessionStarted(s);
            store.flush();
            disk.fill();
            List<SetRecord> sets = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                sets.add(set(s, i, "wall-pushup", 12, 12, 12));
                store.setCompleted(sets.get(i - 1));
            }
            store.flush();
            assertFalse(problems.isEmpty(), "the full disk was noticed");
            assertTrue(problems.get(0).startsWith("Not saving: "), problems.get(0));
            assertTrue(problems.get(0).endsWith(" — coaching goes on"), problems.get(0));
            assertFalse(problems.get(0).contains("\n"));
            Files.delete(disk.path().resolve("filler"));
            store.setCompleted(set(s, 41, "wall-pushup", 12, 12, 12));
            store.flush();
            assertEquals("", problems.get(problems.size() - 1), "saving works again");
            assertNull(store.problem());
            store.close();
        }
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndAStoreThatKeepsNothing() throws Exception {
        assumeTrue(TinyDisk.available(dir), "needs root and tmpfs (root may write anywhere else)");
        try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), 512)) {
            try (SessionStore first = SessionStore.open(disk.path().resolve("data"), clock)) {
                first.sessionStarted(session("s", "wall-pushup", LocalDate.of(2026, 11, 28), 10));
            }
            Files.createDirectories(disk.path().resolve("empty"));
            disk.readOnly();
            for (String folder : List.of("data", "empty")) {
                SessionStore store = SessionStore.open(disk.path().resolve(folder), clock);
                assertFalse(store.saving(), folder);
                assertEquals("the data folder " + disk.path().resolve(folder) + " is read-only", store.problem());
                store.sessionStarted(session("t", "wall-pushup", LocalDate.of(2026, 11, 28), 10));
                store.flush();
                assertEquals(List.of(), store.sessions(null));
                store.close();
            }
            SessionStore nested = SessionStore.open(disk.path().resolve("new/folder"), clock);
            assertTrue(nested.problem().startsWith("cannot create the data folder "), nested.problem());
        }
    }
}
