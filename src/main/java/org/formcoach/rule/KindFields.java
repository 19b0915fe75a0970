package org.formcoach.rule;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.formcoach.pose.Keypoint;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.MapNode;

/** Field readers the kinds share: a min/max range with its cues, and a symmetric limit. */
final class KindFields {

    static final Set<String> RANGE = Set.of("min", "max", "cue", "cue_below", "cue_above");

    private KindFields() {
    }

    static Set<String> with(Set<String> base, String... more) {
        return Set.copyOf(Stream.concat(base.stream(), Stream.of(more)).toList());
    }

    /** {@code min} and/or {@code max} within [lo, hi], with {@code cue} or {@code cue_below} / {@code cue_above}. */
    static RuleKind.Limits range(FieldReader in, MapNode m, double lo, double hi, String unit, Axis axis,
            List<Keypoint> scale) {
        Double min = in.number(m, "min", lo, hi, false, unit);
        Double max = in.number(m, "max", lo, hi, false, unit);
        if (min == null && max == null && m.entry("min") == null && m.entry("max") == null) {
            in.missing(m, "max", "min: ... and/or max: ... (" + unit + ")");
        }
        if (min != null && max != null && min >= max) {
            in.error(m.entry("min").value().loc(), "min " + FieldReader.fmt(min) + " must be below max "
                    + FieldReader.fmt(max) + " — swap them or widen the range");
        }
        String cue = in.text(m, "cue", false);
        String below = m.entry("cue_below") != null ? in.text(m, "cue_below", true) : cue;
        String above = m.entry("cue_above") != null ? in.text(m, "cue_above", true) : cue;
        if ((min != null && below == null) || (max != null && above == null)) {
            in.missing(m, "cue", "cue: <what to do to fix it> (or cue_below / cue_above)");
        }
        return new RuleKind.Limits(min, max, below, above, axis, scale);
    }

    /** A limit {@code key} allowing -limit..+limit, with one cue per side. */
    static RuleKind.Limits symmetric(FieldReader in, MapNode m, String key, double hi, String unit, String cueAboveKey,
            String cueBelowKey) {
        Double limit = in.number(m, key, 0, hi, true, unit);
        if (limit != null && limit <= 0) {
            in.error(m.entry(key).value().loc(), key + " must be above 0 — e.g. " + key + ": 10");
        }
        String above = in.text(m, cueAboveKey, true);
        String below = cueBelowKey.equals(cueAboveKey) ? above : in.text(m, cueBelowKey, true);
        return new RuleKind.Limits(limit == null ? null : -limit, limit, below, above, null, List.of());
    }

    /** The {@code scale} pair: two keypoints whose distance is the unit. */
    static List<Keypoint> scale(FieldReader in, MapNode m) {
        List<Keypoint> s = in.keypoints(m, "scale", 2);
        return s == null ? List.of() : s;
    }

    /** Whether a list holds both sides of a left/right pair (then only a front view sees it whole). */
    static boolean spansBothSides(List<Keypoint> points) {
        return points.stream().anyMatch(k -> k != k.mirror() && points.contains(k.mirror()));
    }
}
