package org.formcoach.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.formcoach.patient.PatientProfile;

/**
 * Patient profiles in FormCoach's database (the {@code patients} and {@code patient_thresholds}
 * tables): read and written whole, one transaction per profile. Used by the settings form and the
 * {@code formcoach patient} command; short-lived, beside a running session's store (SQLite's WAL
 * lets both write).
 */
public final class PatientStore implements AutoCloseable {

    private final Connection c;
    private final Clock clock;

    private PatientStore(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** Opens the database in {@code folder} (creating or migrating it). */
    public static PatientStore open(Path folder, Clock clock) throws StoreException {
        Database db = Database.open(folder, clock);
        try {
            return new PatientStore(db.connect(), clock);
        } catch (SQLException e) {
            throw new StoreException(Database.describe(db.file(), e), e);
        }
    }

    public List<PatientProfile> list() throws StoreException {
        List<PatientProfile> all = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM patients ORDER BY code COLLATE NOCASE");
             ResultSet rs = s.executeQuery()) {
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            for (String code : codes) {
                get(code).ifPresent(all::add);
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("cannot read the patients (" + Database.firstLine(e) + ")", e);
        }
    }

    public Optional<PatientProfile> get(String code) throws StoreException {
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, notes, routine, rung FROM patients"
                + " WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<PatientProfile.Threshold> thresholds = new ArrayList<>();
                try (PreparedStatement t = c.prepareStatement("SELECT exercise, rule, min, max FROM patient_thresholds"
                        + " WHERE code = ? ORDER BY exercise, rule")) {
                    t.setString(1, code);
                    try (ResultSet ts = t.executeQuery()) {
                        while (ts.next()) {
                            thresholds.add(new PatientProfile.Threshold(ts.getString(1), ts.getString(2),
                                    optional(ts, 3), optional(ts, 4)));
                        }
                    }
                }
                return Optional.of(new PatientProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), thresholds));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the patient " + code + " (" + Database.firstLine(e) + ")", e);
        }
    }

    /** Saves {@code p} whole, replacing what was kept under its code. */
    public void save(PatientProfile p) throws StoreException {
        try {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO patients(code, name, notes, routine, rung,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                    + " notes = excluded.notes, routine = excluded.routine, rung = excluded.rung,"
                    + " updated_at = excluded.updated_at")) {
                s.setString(1, p.code());
                s.setString(2, p.name());
                s.setString(3, p.notes());
                s.setString(4, p.routine());
                s.setString(5, p.rung());
                s.setString(6, Instant.now(clock).toString());
                s.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM patient_thresholds WHERE code = ?")) {
                d.setString(1, p.code());
                d.executeUpdate();
            }
            try (PreparedStatement t = c.prepareStatement("INSERT INTO patient_thresholds(code, exercise, rule, min,"
                    + " max) VALUES (?, ?, ?, ?, ?)")) {
                for (PatientProfile.Threshold th : p.thresholds()) {
                    t.setString(1, p.code());
                    t.setString(2, th.exercise());
                    t.setString(3, th.rule());
                    setDouble(t, 4, th.min());
                    setDouble(t, 5, th.max());
                    t.addBatch();
                }
                t.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the failure below is what matters
            }
            throw new StoreException("cannot save the patient " + p.code() + " (" + Database.firstLine(e) + ")", e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed with the store
            }
        }
    }

    public boolean delete(String code) throws StoreException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM patients WHERE code = ?")) {
            s.setString(1, code);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot delete the patient " + code + " (" + Database.firstLine(e) + ")", e);
        }
    }

    private static Double optional(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.REAL);
        } else {
            s.setDouble(i, v);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to save
        }
    }
}
