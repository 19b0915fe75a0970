package org.formcoach.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entry of the symptom journal.
 *
 * @param pain      0 (none) to 10 (worst imaginable)
 * @param location  where it is felt, e.g. "between the shoulder blades"
 * @param pattern   how it behaves, e.g. "comes and goes"
 * @param redFlags  the red-flag questions answered with it, by id: true for "yes"
 * @param sessionId the session it follows, or null for an entry made any time
 */
public record JournalEntry(String id, Instant at, LocalDate localDate, int pain, String location, String pattern,
        String notes, Map<String, Boolean> redFlags, String sessionId) {

    public JournalEntry {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain is 0 to 10, got " + pain);
        }
        location = location == null ? "" : location;
        pattern = pattern == null ? "" : pattern;
        notes = notes == null ? "" : notes;
        redFlags = java.util.Collections.unmodifiableMap(new TreeMap<>(redFlags));
    }

    /** Whether a red-flag question was answered "yes". */
    public boolean anyRedFlag() {
        return redFlags.containsValue(Boolean.TRUE);
    }
}
