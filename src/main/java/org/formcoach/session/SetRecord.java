package org.formcoach.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One set of one exercise.
 *
 * @param seq               its place in the session (1-based)
 * @param setNumber         the set of its routine step (1-based)
 * @param targetReps        reps (cycles, circles) asked for, 0 for a hold
 * @param reps              reps counted
 * @param cleanReps         reps counted without form faults
 * @param rejectedReps      reps not counted (too shallow, too fast)
 * @param targetHoldSeconds hold asked for (or a timed check's length), 0 otherwise
 * @param holdSeconds       hold credited
 * @param faults            form faults seen during the set, by id, with how many reps (or times) each
 * @param repList           each rep's duration, depth and faults
 */
public record SetRecord(String id, String sessionId, int seq, String exerciseId, int setNumber, int targetReps,
        int reps, int cleanReps, int rejectedReps, double targetHoldSeconds, double holdSeconds, Instant startedAt,
        Instant endedAt, SetOutcome outcome, Map<String, Integer> faults, List<RepRecord> repList) {

    public SetRecord {
        faults = java.util.Collections.unmodifiableMap(new TreeMap<>(faults));
        repList = List.copyOf(repList);
    }

    /** Whether it reached its target. */
    public boolean met() {
        return targetReps > 0 ? reps >= targetReps : targetHoldSeconds <= 0 || holdSeconds >= targetHoldSeconds - 0.05;
    }

    /** Every rep counted and clean, none rejected. */
    public boolean perfect() {
        return reps > 0 && cleanReps == reps && rejectedReps == 0;
    }
}
