package org.formcoach.session;

import java.util.List;

/**
 * One repetition.
 *
 * @param number          1-based within its set
 * @param durationSeconds from leaving the top to the end of the rep
 * @param depthDegrees    the smallest angle of the rep's signal (e.g. the elbow), or null when not measured
 * @param counted         whether it counted (full range, controlled)
 * @param faults          ids of the form faults seen during the rep
 */
public record RepRecord(int number, double durationSeconds, Double depthDegrees, boolean counted, List<String> faults) {

    public RepRecord {
        faults = List.copyOf(faults);
    }

    /** Counted and without form faults. */
    public boolean clean() {
        return counted && faults.isEmpty();
    }
}
