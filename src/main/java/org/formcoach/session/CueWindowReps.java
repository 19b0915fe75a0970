package org.formcoach.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.formcoach.form.FormEvent;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.routine.RepPhase;

/**
 * Reps read from the frames: a rep starts when the counter leaves the top and ends with
 * {@code REP_COUNTED} or {@code REP_REJECTED}; its depth is the lowest value of the counter's angle
 * signal in between, and its faults are the exercise's rule cues that were on screen at any moment of
 * it (on when it started, or started during it). Positioning and tempo cues are not form faults.
 */
final class CueWindowReps implements RepSource {

    /** The rep counter's angle signal, measured on every frame of a rep exercise. */
    static final String REP_SIGNAL = "rep-angle";

    private final Function<String, Set<String>> faultIds;
    private final Set<String> active = new LinkedHashSet<>();
    private final Set<String> repFaults = new LinkedHashSet<>();
    private RepPhase lastPhase = RepPhase.TOP;
    private long repStart = -1;
    private double depth = Double.POSITIVE_INFINITY;
    private int number;

    /** @param faultIds the cue ids that are form faults of an exercise */
    CueWindowReps(Function<String, Set<String>> faultIds) {
        this.faultIds = faultIds;
    }

    @Override
    public List<RepRecord> onFrame(CoachFrame frame) {
        Set<String> faults = faultIds.apply(frame.exerciseId());
        for (FormEvent e : frame.form().events()) {
            if (e.type() == FormEvent.Type.CUE_STARTED && faults.contains(e.subject())) {
                active.add(e.subject());
                if (repStart >= 0) {
                    repFaults.add(e.subject());
                }
            } else if (e.type() == FormEvent.Type.CUE_ENDED) {
                active.remove(e.subject());
            }
        }
        if (!(frame.form().state() instanceof TrackerState.Reps state)) {
            return List.of();
        }
        if (repStart < 0 && lastPhase == RepPhase.TOP && state.phase() != RepPhase.TOP) {
            repStart = frame.timestampNanos();
            depth = Double.POSITIVE_INFINITY;
            repFaults.clear();
            repFaults.addAll(active);
        }
        lastPhase = state.phase();
        if (repStart >= 0) {
            for (Measurement m : frame.form().measurements()) {
                if (m.name().equals(REP_SIGNAL)) {
                    depth = Math.min(depth, m.value());
                }
            }
        }
        List<RepRecord> ended = new ArrayList<>();
        for (FormEvent e : frame.form().events()) {
            boolean counted = e.type() == FormEvent.Type.REP_COUNTED;
            if (counted || e.type() == FormEvent.Type.REP_REJECTED) {
                long start = repStart >= 0 ? repStart : frame.timestampNanos();
                ended.add(new RepRecord(++number, Math.round((frame.timestampNanos() - start) / 1e6) / 1000.0,
                        Double.isInfinite(depth) ? null : Math.round(depth * 10) / 10.0, counted,
                        List.copyOf(repFaults)));
                repStart = -1;
                repFaults.clear();
                depth = Double.POSITIVE_INFINITY;
            }
        }
        return ended;
    }
}
