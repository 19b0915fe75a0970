package org.formcoach.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * FormCoach's SQLite file: opened in WAL mode with foreign keys on, checked, and brought up to the
 * current schema by the numbered migrations in {@code org/formcoach/session/V<n>__<name>.sql}, each
 * applied once in its own transaction and noted in {@code schema_migrations}.
 *
 * <p>A file that is not a database or fails SQLite's quick check is never overwritten: it is renamed
 * to {@code formcoach.db.corrupt-<time>} (with its WAL) and a new database is started; {@link #notice()}
 * says so in one line.
 */
public final class Database {

    public static final String FILE = "formcoach.db";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A schema change: its version (1, 2, ...) and the resource with its SQL. */
    record Migration(int version, String name) {
        String resource() {
            return "V" + version + "__" + name + ".sql";
        }
    }

    /** Every migration, oldest first; append, never change a released one. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "sessions"),
            new Migration(2, "journal_and_progress"),
            new Migration(3, "patients"));

    private final Path file;
    private final String notice;

    private Database(Path file, String notice) {
        this.file = file;
        this.notice = notice;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** What the user should know about opening it (a damaged file set aside), or empty. */
    public String notice() {
        return notice;
    }

    /** The newest schema version this FormCoach knows. */
    public static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** Opens (or creates) the database in {@code folder} at the current schema. */
    public static Database open(Path folder, Clock clock) throws StoreException {
        return open(folder, clock, currentVersion());
    }

    /** Opens the database and applies the migrations up to {@code version} (tests use older versions). */
    static Database open(Path folder, Clock clock, int version) throws StoreException {
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new StoreException("cannot create the data folder " + folder + ": permission denied");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException("cannot create the data folder " + folder
                    + ": the folder above it does not take new folders");
        } catch (FileSystemException e) {
            throw new StoreException("cannot create the data folder " + folder + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage());
        }
        Path file = folder.resolve(FILE);
        String notice = "";
        if (!looksLikeDatabase(file)) {
            notice = setAside(file, clock, "is not a FormCoach database");
        }
        try (Connection c = connect(file)) {
            check(c);
            migrate(c, version);
        } catch (SQLException e) {
            if (isCorrupt(e) && notice.isEmpty()) {
                notice = setAside(file, clock, "is damaged (" + firstLine(e) + ")");
                try (Connection c = connect(file)) {
                    migrate(c, version);
                } catch (SQLException again) {
                    throw new StoreException(describe(file, again), again);
                }
            } else {
                throw new StoreException(describe(file, e), e);
            }
        }
        return new Database(file, notice);
    }

    /** A new connection: WAL, foreign keys on, full sync (every commit is on disk when it returns). */
    Connection connect() throws SQLException {
        return connect(file);
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            // the settings above apply at connect; ask again so a failure to switch to WAL is seen here
            s.execute("PRAGMA journal_mode=WAL");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** The schema version of the open database (0 when empty). */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'")) {
            if (!r.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_migrations")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void check(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String result = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new SQLException("quick check: " + result, "corrupt", 11);
            }
        }
    }

    private static void migrate(Connection c, int target) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
        }
        int at = version(c);
        if (at > currentVersion()) {
            throw new StoreException("the database " + FILE + " was made by a newer FormCoach (schema " + at
                    + ", this one knows " + currentVersion() + "); it was left as it is");
        }
        for (Migration m : MIGRATIONS) {
            if (m.version() <= at || m.version() > target) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(m)) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (" + m.version() + ", '"
                        + m.name() + "', strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** The statements of a migration script: split at semicolons that end a line; "--" comments dropped. */
    static List<String> statements(Migration m) {
        String text;
        try (InputStream in = Database.class.getResourceAsStream(m.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + m.resource());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + m.resource(), e);
        }
        StringBuilder noComments = new StringBuilder();
        for (String line : text.split("\n")) {
            int dash = line.indexOf("--");
            noComments.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : noComments.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static boolean looksLikeDatabase(Path file) throws StoreException {
        if (!Files.exists(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER.length);
            return head.length == 0 || Arrays.equals(head, HEADER);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Renames the file (and its WAL and shared-memory files) out of the way; never deletes it. */
    private static String setAside(Path file, Clock clock, String why) throws StoreException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        try {
            Files.move(file, aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new StoreException("the database " + file + " " + why + " and could not be set aside ("
                    + e.getMessage() + "); it was left as it is");
        }
        return "The database " + file.getFileName() + " " + why + ": it was kept as " + aside.getFileName()
                + " and a new one was started.";
    }

    private static boolean isCorrupt(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 11 || code == 26;  // SQLITE_CORRUPT, SQLITE_NOTADB
    }

    /** One line for the user: what went wrong with the database and where. */
    static String describe(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        Path where = file.toAbsolutePath().getParent();
        if ((code == 8 || code == 14 || code == 10) && where != null && Files.isDirectory(where)
                && !Files.isWritable(where)) {
            return "the data folder " + where + " is read-only";
        }
        return switch (code) {
            case 8 -> "the data folder " + where + " is read-only";
            case 13 -> "the disk holding " + where + " is full";
            case 14 -> "cannot open " + file + " (is the folder writable?)";
            case 10 -> "cannot write " + file + " (" + firstLine(e) + ")";
            default -> "cannot use " + file + ": " + firstLine(e);
        };
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
