package org.formcoach.routine;

import java.util.Set;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;

/** Reads dose fields, in an exercise's {@code dose:} or on a routine's step, and checks them against the tracker. */
final class DoseReader {

    static final Set<String> FIELDS = Set.of("sets", "reps", "hold", "hold_max", "rest", "duration", "cycles");

    private DoseReader() {
    }

    /** Reads {@code dose:} over {@code base}; fields not given keep the base value. */
    static Dose read(FieldReader in, MapNode m, Dose base) {
        if (m == null) {
            return base;
        }
        in.checkFields(m, FIELDS, "a dose");
        return fields(in, m, base);
    }

    /** The dose fields of {@code m} (which may hold other fields too) over {@code base}. */
    static Dose fields(FieldReader in, MapNode m, Dose base) {
        Double sets = in.number(m, "sets", 1, 20, false, "sets");
        Double reps = in.number(m, "reps", 1, 100, false, "reps");
        Double hold = in.number(m, "hold", 0, 600, false, "seconds");
        if (hold != null && hold < 1) {
            in.error(m.entry("hold").value().loc(), "a hold of " + FieldReader.fmt(hold)
                    + " s is shorter than 1 s — holds need at least 1 s, e.g. hold: 15");
        }
        Double holdMax = in.number(m, "hold_max", 1, 600, false, "seconds");
        Double rest = in.number(m, "rest", 0, 600, false, "seconds");
        Double duration = in.number(m, "duration", 1, 24 * 3600, false, "seconds");
        Double cycles = in.number(m, "cycles", 1, 100, false, "cycles");
        Dose d = new Dose(sets == null ? base.sets() : sets.intValue(), reps == null ? base.reps() : reps.intValue(),
                hold == null ? base.holdSeconds() : hold, holdMax == null ? base.holdMaxSeconds() : holdMax,
                rest == null ? base.restSeconds() : rest, duration == null ? base.durationSeconds() : duration,
                cycles == null ? base.cycles() : cycles.intValue());
        if (holdMax != null && d.holdMaxSeconds() < d.holdSeconds()) {
            in.error(m.entry("hold_max").value().loc(), "hold_max " + FieldReader.fmt(holdMax) + " is below hold "
                    + FieldReader.fmt(d.holdSeconds()) + " — hold_max is the upper end of the range");
        }
        return d;
    }

    /** The dose must give what the tracker needs. */
    static void check(FieldReader in, Dose d, TrackerSpec tracker, Loc loc) {
        String missing = tracker.accept(new TrackerSpec.Visitor<String>() {
            public String hold(TrackerSpec.Hold h) {
                // (a hold given but under 1 s is reported where it is written)
                return d.holdSeconds() == 0 ? "'hold' — this exercise is a hold; add e.g. hold: 15" : null;
            }

            public String reps(TrackerSpec.Reps r) {
                return d.reps() < 1 ? "'reps' — this exercise counts repetitions; add e.g. reps: 8" : null;
            }

            public String sequence(TrackerSpec.Sequence s) {
                return d.cycles() < 1 ? "'cycles' — this exercise runs a sequence; add e.g. cycles: 6" : null;
            }

            public String circles(TrackerSpec.Circles c) {
                return d.reps() < 1 ? "'reps' — this exercise counts repetitions; add e.g. reps: 8" : null;
            }

            public String headRotation(TrackerSpec.HeadRotation h) {
                return d.durationSeconds() < 1 ? "'duration' — this check is timed; add e.g. duration: 30" : null;
            }

            public String watch(TrackerSpec.Watch w) {
                return null;
            }

            public String armOpening(TrackerSpec.ArmOpening a) {
                return d.reps() < 1 ? "'reps' — this exercise counts rotations per side; add e.g. reps: 8" : null;
            }
        });
        if (missing != null) {
            in.error(loc, "missing field " + missing);
            return;
        }
        if (d.durationSeconds() > 0 && !tracker.usesDuration()) {
            double planned = Timing.doseSeconds(d, tracker);
            if (planned > d.durationSeconds()) {
                in.error(loc, "the dose takes " + Timing.clock(planned) + " at its pace, longer than its time box of "
                        + Timing.clock(d.durationSeconds()) + " — lower the dose or raise 'duration'");
            }
        }
    }
}
