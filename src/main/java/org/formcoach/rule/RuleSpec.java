package org.formcoach.rule;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.formcoach.body.View;
import org.formcoach.body.ViewFamily;
import org.formcoach.pose.Keypoint;

/**
 * One form check from an exercise file. Every kind measures a single number and checks it against
 * an allowed range; the kind decides what is measured.
 *
 * @param id                 stable id within the exercise, used in cue ids and reports
 * @param kind               what is measured (one of {@link RuleKinds#ALL})
 * @param points             keypoints of the measurement (see the kind)
 * @param axis               for kinds that move along an axis (offset, drift): its direction; else null
 * @param scale              for kinds scaled by a body length: two keypoints whose distance is the unit
 * @param min                lowest allowed value, or null for none
 * @param max                highest allowed value, or null for none
 * @param cueBelow           fix to say when the value falls below {@code min}
 * @param cueAbove           fix to say when the value rises above {@code max}
 * @param severity           how much a violation matters
 * @param side               which body side the keypoints refer to
 * @param phase              only check during this rep phase
 * @param relativeToNeutral  measure relative to the user's calibrated neutral; off until there is one
 * @param afterSeconds       how long a violation must last before the cue shows
 * @param hysteresis         how far back inside the range the value must come to clear the cue
 * @param views              the views it is judged from; empty: every view its kind can measure from
 */
public record RuleSpec(String id, RuleKind kind, List<Keypoint> points, Axis axis, List<Keypoint> scale,
        Double min, Double max, String cueBelow, String cueAbove, Severity severity, Side side,
        RepPhase phase, boolean relativeToNeutral, double afterSeconds, double hysteresis, Set<ViewFamily> views) {

    public RuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
        scale = scale == null ? List.of() : List.copyOf(scale);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(phase, "phase");
        views = views == null ? Set.of() : Set.copyOf(views);
    }

    /** Whether the rule can be judged from {@code view}: its kind can measure it there and the rule allows it. */
    public boolean judgeableFrom(View view) {
        return view != View.UNKNOWN && (views.isEmpty() || views.contains(view.family()))
                && kind.measurable(view, this, points, scale);
    }

    /** How the rule reads in a sentence: its id with spaces ("body-line" is "body line"). */
    public String title() {
        return id.replace('-', ' ');
    }

    /**
     * The same rule with another allowed range, e.g. a physiotherapist's per-person threshold.
     *
     * @throws IllegalArgumentException if both bounds are null or {@code min >= max}
     */
    public RuleSpec withRange(Double newMin, Double newMax) {
        if ((newMin == null && newMax == null) || (newMin != null && newMax != null && newMin >= newMax)) {
            throw new IllegalArgumentException("rule " + id + ": invalid range " + newMin + ".." + newMax);
        }
        return new RuleSpec(id, kind, points, axis, scale, newMin, newMax, cueBelow, cueAbove, severity, side, phase,
                relativeToNeutral, afterSeconds, hysteresis, views);
    }

    /** The same rule with another sustain time before its cue shows (e.g. a longer posture alert delay). */
    public RuleSpec withAfterSeconds(double seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("rule " + id + ": negative delay " + seconds);
        }
        return new RuleSpec(id, kind, points, axis, scale, min, max, cueBelow, cueAbove, severity, side, phase,
                relativeToNeutral, seconds, hysteresis, views);
    }

    /** Every keypoint the rule needs to see. */
    public List<Keypoint> allPoints() {
        if (scale.isEmpty()) {
            return points;
        }
        return java.util.stream.Stream.concat(points.stream(), scale.stream()).distinct().toList();
    }

    /** The allowed range as text, e.g. "70..110" or "<= 12". */
    public String rangeText() {
        if (min != null && max != null) {
            return fmt(min) + ".." + fmt(max);
        }
        return min != null ? ">= " + fmt(min) : "<= " + fmt(max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
