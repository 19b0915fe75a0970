package org.formcoach.rule;

import java.util.List;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.MapNode;

/**
 * One kind of form check that an exercise file can declare under {@code rules:}: what it measures,
 * the fields it reads, the views it can be judged from and how its value is shown. Every kind
 * measures one number per frame; the checker compares it with the rule's allowed range.
 *
 * <p>Each kind is one class, listed once in {@link RuleKinds}: the loader, the checker, the overlay
 * and the format documentation all find kinds there, so a new kind is a new class and one line.
 */
public interface RuleKind {

    /** The id written after {@code kind:} in the files. */
    String id();

    /** What it measures, one sentence (documentation and {@code formcoach routines}). */
    String measures();

    /** The fields that set its limits and cues, as documented. */
    String limitsDoc();

    /** The views it is judged from, as documented. */
    String viewsDoc();

    /** How many keypoints {@code points:} takes. */
    PointCount pointCount();

    /** The fields of this kind besides the ones every rule has. */
    Set<String> fields();

    /** Reads this kind's own fields: limits, cues and, where the kind has them, axis and scale. */
    Limits readLimits(FieldReader in, MapNode rule);

    /** The side the keypoints refer to unless the rule says otherwise. */
    default Side defaultSide() {
        return Side.NEAR;
    }

    /** Whether the kind only makes sense against the user's calibrated neutral. */
    default boolean alwaysRelative() {
        return false;
    }

    /** How far back inside the range a value must come to clear the cue, unless the rule says. */
    double defaultHysteresis();

    /** Whether the value can be judged from this view with these (side-resolved) keypoints. */
    boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale);

    /** Measures one frame; every keypoint in {@code points} and {@code scale} is visible. */
    Measured measure(Body body, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale);

    /** The value of a rule compared with the user's neutral: by default the difference. */
    default double relative(Measured now, Measured neutral) {
        return now.value() - neutral.value();
    }

    /** Whether values are angles in degrees (else ratios of a body length). */
    boolean inDegrees();

    /** The value as drawn next to the body, e.g. "92°" or "line 8°". */
    String label(double value);

    /**
     * Limits and cues read from a rule. {@code cueBelow} is said when the value falls under
     * {@code min}, {@code cueAbove} when it rises over {@code max}.
     */
    record Limits(Double min, Double max, String cueBelow, String cueAbove, Axis axis, List<Keypoint> scale) {
        public Limits {
            scale = scale == null ? List.of() : List.copyOf(scale);
        }
    }

    /** One frame's value, the keypoint to draw it at, and the length it was scaled by (px; 1 if none). */
    record Measured(double value, Keypoint anchor, double scale) {
    }

    /** A number of keypoints from {@code min} to {@code max} (both inclusive). */
    record PointCount(int min, int max) {
        public static PointCount exactly(int n) {
            return new PointCount(n, n);
        }

        public static PointCount atLeast(int n) {
            return new PointCount(n, Integer.MAX_VALUE);
        }

        public boolean accepts(int n) {
            return n >= min && n <= max;
        }

        public String text() {
            return min == max ? "exactly " + min : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " or " + max;
        }
    }
}
