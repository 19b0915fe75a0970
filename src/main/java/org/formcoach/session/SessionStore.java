package org.formcoach.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything FormCoach keeps between runs, in its SQLite {@link Database}: sessions, sets and reps,
 * desk alerts, the symptom journal, the ladder and the settings.
 *
 * <p><b>Writes</b> go to one writer thread, each in its own transaction, so the caller (the
 * inference thread among others) never waits for the disk; a completed set is on disk as soon as
 * its transaction commits. A write that fails (full disk, read-only folder) is reported once to the
 * problem listener in one line, and the store keeps accepting work: coaching goes on without saving.
 * <b>Reads</b> use their own connection (WAL lets them run beside the writer).
 *
 * <p>A store that could not be opened at all is {@link #unavailable}: it keeps nothing, reads are
 * empty, and {@link #problem()} says why.
 */
public final class SessionStore implements SessionLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);

    private final Database database;
    private final Clock clock;
    private final ExecutorService writer;
    private final Connection writeConnection;
    private final Connection readConnection;
    private volatile String problem;
    private volatile Consumer<String> problems = p -> { };

    private SessionStore(Database database, Clock clock, String problem) throws SQLException {
        this.database = database;
        this.clock = clock;
        this.problem = problem;
        if (database == null) {
            writer = null;
            writeConnection = null;
            readConnection = null;
            return;
        }
        writeConnection = database.connect();
        readConnection = database.connect();
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "store-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the store in {@code folder}; when that is impossible, an {@link #unavailable} store that
     * says why (never an exception: coaching goes on without saving).
     */
    public static SessionStore open(Path folder, Clock clock) {
        try {
            Database db = Database.open(folder, clock);
            return new SessionStore(db, clock, db.notice().isEmpty() ? null : db.notice());
        } catch (StoreException e) {
            return unavailable(e.getMessage(), clock);
        } catch (SQLException e) {
            return unavailable(Database.describe(folder.resolve(Database.FILE), e), clock);
        }
    }

    /** A store that keeps nothing; {@code why} is told to the user. */
    public static SessionStore unavailable(String why, Clock clock) {
        try {
            return new SessionStore(null, clock, why);
        } catch (SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether anything is kept. */
    public boolean saving() {
        return database != null;
    }

    /** The database file, if the store is open. */
    public Optional<Path> file() {
        return database == null ? Optional.empty() : Optional.of(database.file());
    }

    /** What the user should know about the store now (not saving and why, a damaged file set aside), or null. */
    public String problem() {
        return problem;
    }

    /** Called (on the writer thread) with each new problem, one line for the user. */
    public void onProblem(Consumer<String> listener) {
        this.problems = Objects.requireNonNull(listener);
    }

    public Clock clock() {
        return clock;
    }

    // ---- writing -----------------------------------------------------------------------------

    /** A unit of work on the writer connection, in one transaction. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the writer thread; the future completes when it is on disk (or failed and was reported). */
    CompletableFuture<Boolean> write(Work work) {
        if (database == null) {
            return CompletableFuture.completedFuture(false);
        }
        try {
            return CompletableFuture.supplyAsync(() -> inTransaction(work), writer);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return CompletableFuture.completedFuture(false);
        }
    }

    private boolean inTransaction(Work work) {
        Connection c = writeConnection;
        try {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException e) {
                // SQLite may have rolled back by itself (a full disk does): the first error is the one to tell
                quietly(c::rollback);
                throw e;
            } finally {
                quietly(() -> c.setAutoCommit(true));
            }
            if (problem != null && problem.startsWith("Not saving")) {
                problem = null;  // writing works again (space was freed)
                problems.accept("");
            }
            return true;
        } catch (SQLException e) {
            String line = "Not saving: " + Database.describe(database.file(), e) + " — coaching goes on";
            if (!line.equals(problem)) {
                problem = line;
                LOG.warn("{} ({})", line, e.getMessage());
                problems.accept(line);
            }
            return false;
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void quietly(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            LOG.debug("after a failed write: {}", e.getMessage());
        }
    }

    /** Waits until every write asked for so far is done. */
    public void flush() {
        if (database == null) {
            return;
        }
        try {
            CompletableFuture.runAsync(() -> { }, writer).join();
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed: every write is done
        }
    }

    @Override
    public void sessionStarted(SessionRecord s) {
        write(c -> insertSession(c, s, false));
    }

    @Override
    public void setCompleted(SetRecord set) {
        write(c -> insertSet(c, set, false));
    }

    @Override
    public void deskAlerts(DeskAlertHour h) {
        write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO desk_alerts(session_id, hour_start, alerts) VALUES (?,?,?)"
                            + " ON CONFLICT(session_id, hour_start) DO UPDATE SET alerts = excluded.alerts")) {
                p.setString(1, h.sessionId());
                p.setString(2, h.hourStart().toString());
                p.setInt(3, h.alerts());
                p.executeUpdate();
            }
        });
    }

    @Override
    public void sessionEnded(String sessionId, Instant at, EndReason reason) {
        write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL")) {
                p.setString(1, at.toString());
                p.setString(2, reason.id());
                p.setString(3, sessionId);
                p.executeUpdate();
            }
        });
    }

    /** Adds a journal entry. */
    public CompletableFuture<Boolean> addJournal(JournalEntry e) {
        return write(c -> insertJournal(c, e, false));
    }

    /** Sets the ladder's rung and notes why, in one transaction. */
    public CompletableFuture<Boolean> setRung(Rung rung, LadderEvent event) {
        return write(c -> {
            upsertRung(c, rung);
            if (event != null) {
                insertLadderEvent(c, event, false);
            }
        });
    }

    /** Notes a ladder event without changing the rung (e.g. the user stayed). */
    public CompletableFuture<Boolean> addLadderEvent(LadderEvent event) {
        return write(c -> insertLadderEvent(c, event, false));
    }

    /** Replaces the settings with these keys. */
    public CompletableFuture<Boolean> putSettings(Map<String, String> values) {
        return write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO settings(key, value) VALUES (?,?)"
                    + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
        });
    }

    /**
     * Marks the sessions that never ended (the process died) as interrupted, ending them with their
     * last set. Called once when the app starts.
     */
    public CompletableFuture<Boolean> closeInterrupted() {
        return write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE sessions SET end_reason = 'interrupted', ended_at = COALESCE("
                        + "(SELECT MAX(ended_at) FROM sets WHERE sets.session_id = sessions.id), started_at)"
                        + " WHERE ended_at IS NULL");
            }
        });
    }

    // ---- rows --------------------------------------------------------------------------------

    private static void insertSession(Connection c, SessionRecord s, boolean ignoreExisting) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT " + (ignoreExisting ? "OR IGNORE " : "")
                + "INTO sessions(id, program_id, program_kind, started_at, local_date, ended_at, end_reason)"
                + " VALUES (?,?,?,?,?,?,?)")) {
            p.setString(1, s.id());
            p.setString(2, s.programId());
            p.setString(3, s.routine() ? "routine" : "exercise");
            p.setString(4, s.startedAt().toString());
            p.setString(5, s.localDate().toString());
            p.setString(6, s.endedAt() == null ? null : s.endedAt().toString());
            p.setString(7, s.endReason() == null ? null : s.endReason().id());
            p.executeUpdate();
        }
    }

    private static void insertSet(Connection c, SetRecord s, boolean ignoreExisting) throws SQLException {
        String or = ignoreExisting ? "OR IGNORE " : "";
        try (PreparedStatement p = c.prepareStatement("INSERT " + or + "INTO sets(id, session_id, seq, exercise_id,"
                + " set_number, target_reps, reps, clean_reps, rejected_reps, target_hold_s, hold_s, started_at,"
                + " ended_at, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, s.id());
            p.setString(2, s.sessionId());
            p.setInt(3, s.seq());
            p.setString(4, s.exerciseId());
            p.setInt(5, s.setNumber());
            p.setInt(6, s.targetReps());
            p.setInt(7, s.reps());
            p.setInt(8, s.cleanReps());
            p.setInt(9, s.rejectedReps());
            p.setDouble(10, s.targetHoldSeconds());
            p.setDouble(11, s.holdSeconds());
            p.setString(12, s.startedAt().toString());
            p.setString(13, s.endedAt().toString());
            p.setString(14, s.outcome().id());
            if (p.executeUpdate() == 0) {
                return;  // already there (an import of the same set)
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO set_faults(set_id, fault, count) VALUES (?,?,?)")) {
            for (Map.Entry<String, Integer> f : s.faults().entrySet()) {
                p.setString(1, s.id());
                p.setString(2, f.getKey());
                p.setInt(3, f.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO reps(set_id, number, duration_s, depth_deg, counted, faults) VALUES (?,?,?,?,?,?)")) {
            for (RepRecord r : s.repList()) {
                p.setString(1, s.id());
                p.setInt(2, r.number());
                p.setDouble(3, r.durationSeconds());
                if (r.depthDegrees() == null) {
                    p.setNull(4, java.sql.Types.REAL);
                } else {
                    p.setDouble(4, r.depthDegrees());
                }
                p.setInt(5, r.counted() ? 1 : 0);
                p.setString(6, String.join(",", r.faults()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertJournal(Connection c, JournalEntry e, boolean ignoreExisting) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT " + (ignoreExisting ? "OR IGNORE " : "")
                + "INTO journal(id, at, local_date, pain, location, pattern, notes, session_id)"
                + " VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, e.id());
            p.setString(2, e.at().toString());
            p.setString(3, e.localDate().toString());
            p.setInt(4, e.pain());
            p.setString(5, e.location());
            p.setString(6, e.pattern());
            p.setString(7, e.notes());
            p.setString(8, e.sessionId());
            if (p.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO journal_red_flags(entry_id, flag_id, answer) VALUES (?,?,?)")) {
            for (Map.Entry<String, Boolean> f : e.redFlags().entrySet()) {
                p.setString(1, e.id());
                p.setString(2, f.getKey());
                p.setInt(3, f.getValue() ? 1 : 0);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void upsertRung(Connection c, Rung r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rungs(family, exercise_id, sets, reps, since)"
                + " VALUES (?,?,?,?,?) ON CONFLICT(family) DO UPDATE SET exercise_id = excluded.exercise_id,"
                + " sets = excluded.sets, reps = excluded.reps, since = excluded.since")) {
            p.setString(1, r.family());
            p.setString(2, r.exerciseId());
            p.setInt(3, r.sets());
            p.setInt(4, r.reps());
            p.setString(5, r.since().toString());
            p.executeUpdate();
        }
    }

    private static void insertLadderEvent(Connection c, LadderEvent e, boolean ignoreExisting) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT " + (ignoreExisting ? "OR IGNORE " : "")
                + "INTO ladder_events(id, at, family, kind, from_exercise, to_exercise, sets, reps)"
                + " VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, e.id());
            p.setString(2, e.at().toString());
            p.setString(3, e.family());
            p.setString(4, e.kind().id());
            p.setString(5, e.fromExercise());
            p.setString(6, e.toExercise());
            p.setInt(7, e.sets());
            p.setInt(8, e.reps());
            p.executeUpdate();
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    /** A query on the read connection; an unavailable store or a failed read gives the fallback. */
    private synchronized <T> T read(Query<T> query, T fallback) {
        if (readConnection == null) {
            return fallback;
        }
        try {
            return query.run(readConnection);
        } catch (SQLException e) {
            LOG.warn("reading the history failed: {}", e.getMessage());
            return fallback;
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    /** Sessions that started on or after {@code since} (all when null), oldest first. */
    public List<SessionRecord> sessions(LocalDate since) {
        return read(c -> {
            List<SessionRecord> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, program_id, program_kind, started_at,"
                    + " local_date, ended_at, end_reason FROM sessions WHERE local_date >= ? ORDER BY started_at, id")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String ended = r.getString(6);
                        String reason = r.getString(7);
                        out.add(new SessionRecord(r.getString(1), r.getString(2), "routine".equals(r.getString(3)),
                                Instant.parse(r.getString(4)), LocalDate.parse(r.getString(5)),
                                ended == null ? null : Instant.parse(ended), reason == null ? null : EndReason.of(reason)));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** Sets of sessions that started on or after {@code since} (all when null), in order; with their reps when asked. */
    public List<SetRecord> sets(LocalDate since, boolean withReps) {
        return read(c -> {
            Map<String, Map<String, Integer>> faults = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT f.set_id, f.fault, f.count FROM set_faults f"
                    + " JOIN sets s ON s.id = f.set_id JOIN sessions x ON x.id = s.session_id WHERE x.local_date >= ?"
                    + " ORDER BY f.fault")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        faults.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getInt(3));
                    }
                }
            }
            Map<String, List<RepRecord>> reps = new LinkedHashMap<>();
            if (withReps) {
                try (PreparedStatement p = c.prepareStatement("SELECT r.set_id, r.number, r.duration_s, r.depth_deg,"
                        + " r.counted, r.faults FROM reps r JOIN sets s ON s.id = r.set_id"
                        + " JOIN sessions x ON x.id = s.session_id WHERE x.local_date >= ? ORDER BY r.set_id, r.number")) {
                    p.setString(1, since == null ? "" : since.toString());
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            double depth = r.getDouble(4);
                            Double d = r.wasNull() ? null : depth;
                            String f = r.getString(6);
                            reps.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new RepRecord(r.getInt(2),
                                    r.getDouble(3), d, r.getInt(5) != 0,
                                    f.isEmpty() ? List.of() : Arrays.asList(f.split(","))));
                        }
                    }
                }
            }
            List<SetRecord> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.id, s.session_id, s.seq, s.exercise_id,"
                    + " s.set_number, s.target_reps, s.reps, s.clean_reps, s.rejected_reps, s.target_hold_s, s.hold_s,"
                    + " s.started_at, s.ended_at, s.outcome FROM sets s JOIN sessions x ON x.id = s.session_id"
                    + " WHERE x.local_date >= ? ORDER BY x.started_at, x.id, s.seq")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        out.add(new SetRecord(id, r.getString(2), r.getInt(3), r.getString(4), r.getInt(5), r.getInt(6),
                                r.getInt(7), r.getInt(8), r.getInt(9), r.getDouble(10), r.getDouble(11),
                                Instant.parse(r.getString(12)), Instant.parse(r.getString(13)),
                                SetOutcome.of(r.getString(14)), faults.getOrDefault(id, Map.of()),
                                reps.getOrDefault(id, List.of())));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** Journal entries made on or after {@code since} (all when null), oldest first. */
    public List<JournalEntry> journal(LocalDate since) {
        return read(c -> {
            Map<String, Map<String, Boolean>> flags = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT entry_id, flag_id, answer FROM journal_red_flags")) {
                while (r.next()) {
                    flags.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getInt(3) != 0);
                }
            }
            List<JournalEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, at, local_date, pain, location, pattern, notes,"
                    + " session_id FROM journal WHERE local_date >= ? ORDER BY at, id")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new JournalEntry(r.getString(1), Instant.parse(r.getString(2)),
                                LocalDate.parse(r.getString(3)), r.getInt(4), r.getString(5), r.getString(6),
                                r.getString(7), flags.getOrDefault(r.getString(1), Map.of()), r.getString(8)));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** Desk alerts of sessions that started on or after {@code since} (all when null). */
    public List<DeskAlertHour> deskAlertHours(LocalDate since) {
        return read(c -> {
            List<DeskAlertHour> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT d.session_id, d.hour_start, d.alerts FROM desk_alerts d"
                    + " JOIN sessions x ON x.id = d.session_id WHERE x.local_date >= ? ORDER BY d.hour_start, d.session_id")) {
                p.setString(1, since == null ? "" : since.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new DeskAlertHour(r.getString(1), LocalDateTime.parse(r.getString(2)), r.getInt(3)));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** The current rung of the ladder {@code family}, if one was ever set. */
    public Optional<Rung> rung(String family) {
        return read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT family, exercise_id, sets, reps, since FROM rungs WHERE family = ?")) {
                p.setString(1, family);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Rung(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            LocalDate.parse(r.getString(5)))) : Optional.<Rung>empty();
                }
            }
        }, Optional.empty());
    }

    /** Every rung (one per ladder). */
    public List<Rung> rungs() {
        return read(c -> {
            List<Rung> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT family, exercise_id, sets, reps, since FROM rungs ORDER BY family")) {
                while (r.next()) {
                    out.add(new Rung(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            LocalDate.parse(r.getString(5))));
                }
            }
            return out;
        }, List.of());
    }

    /** The events of the ladder {@code family} (all ladders when null), oldest first. */
    public List<LadderEvent> ladderEvents(String family) {
        return read(c -> {
            List<LadderEvent> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, at, family, kind, from_exercise, to_exercise, sets,"
                    + " reps FROM ladder_events WHERE ? IS NULL OR family = ? ORDER BY at, id")) {
                p.setString(1, family);
                p.setString(2, family);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new LadderEvent(r.getString(1), Instant.parse(r.getString(2)), r.getString(3),
                                LadderEvent.Kind.of(r.getString(4)), r.getString(5), r.getString(6), r.getInt(7),
                                r.getInt(8)));
                    }
                }
            }
            return out;
        }, List.of());
    }

    /** The stored settings. */
    public Map<String, String> settings() {
        return read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM settings ORDER BY key")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        }, Map.of());
    }

    // ---- everything at once ------------------------------------------------------------------

    /** Everything in the store, for a backup or a physiotherapist. */
    public Backup export() {
        return new Backup(Backup.FORMAT, Database.currentVersion(), Instant.now(clock), sessions(null), sets(null, true),
                deskAlertHours(null), journal(null), rungs(), ladderEvents(null), settings());
    }

    /**
     * Adds what {@code backup} holds and the store does not (by id): importing the same document
     * twice changes nothing the second time. Rungs and settings in the document replace the stored
     * ones. Runs as one transaction: all of it or nothing.
     *
     * @return how many sessions, sets and journal entries were new
     */
    public CompletableFuture<Backup.Counts> importAll(Backup backup) {
        if (database == null) {
            return CompletableFuture.failedFuture(new StoreException(problem == null ? "no database" : problem));
        }
        int[] counts = new int[3];
        return write(c -> {
            int before0 = count(c, "sessions");
            int before1 = count(c, "sets");
            int before2 = count(c, "journal");
            for (SessionRecord s : backup.sessions()) {
                insertSession(c, s, true);
            }
            for (SetRecord s : backup.sets()) {
                insertSet(c, s, true);
            }
            for (DeskAlertHour h : backup.deskAlerts()) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT OR IGNORE INTO desk_alerts(session_id, hour_start, alerts) VALUES (?,?,?)")) {
                    p.setString(1, h.sessionId());
                    p.setString(2, h.hourStart().toString());
                    p.setInt(3, h.alerts());
                    p.executeUpdate();
                }
            }
            for (JournalEntry e : backup.journal()) {
                insertJournal(c, e, true);
            }
            for (Rung r : backup.rungs()) {
                upsertRung(c, r);
            }
            for (LadderEvent e : backup.ladderEvents()) {
                insertLadderEvent(c, e, true);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO settings(key, value) VALUES (?,?)"
                    + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : backup.settings().entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.executeUpdate();
                }
            }
            counts[0] = count(c, "sessions") - before0;
            counts[1] = count(c, "sets") - before1;
            counts[2] = count(c, "journal") - before2;
        }).thenApply(ok -> {
            if (!ok) {
                throw new IllegalStateException(problem);
            }
            return new Backup.Counts(counts[0], counts[1], counts[2]);
        });
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** For tests: the writer's connection may grow the file by at most {@code pages} pages (SQLite reports "full"). */
    void limitPages(int pages) {
        CompletableFuture.runAsync(() -> {
            try (Statement s = writeConnection.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, writer).join();
    }

    /** Finishes the queued writes and closes the database. */
    @Override
    public void close() {
        if (database == null) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the store's writer did not finish in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closeQuietly(readConnection);
        }
        closeQuietly(writeConnection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing the database: {}", e.getMessage());
        }
    }
}
