package org.formcoach.rule;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.body.Geometry;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.MapNode;

/**
 * {@code alignment}: how far the inner points of a chain bend off the straight line between its
 * ends; positive when the worst one sags toward the floor, negative when it pikes away from it.
 */
final class AlignmentKind implements RuleKind {

    public String id() {
        return "alignment";
    }

    public String measures() {
        return "how far 3+ points bend off a straight line; + is a sag toward the floor, − a pike";
    }

    public String limitsDoc() {
        return "`max_deviation` (or `max_sag` and `max_pike`), `cue_sag`, `cue_pike`";
    }

    public String viewsDoc() {
        return "side, three-quarter";
    }

    public PointCount pointCount() {
        return PointCount.atLeast(3);
    }

    public Set<String> fields() {
        return Set.of("max_deviation", "max_sag", "max_pike", "cue_sag", "cue_pike");
    }

    /** One limit for both ways, or one per way (a pike may be allowed further than a sag). */
    public Limits readLimits(FieldReader in, MapNode m) {
        if (m.entry("max_sag") == null && m.entry("max_pike") == null) {
            return KindFields.symmetric(in, m, "max_deviation", 45, "degrees", "cue_sag", "cue_pike");
        }
        if (m.entry("max_deviation") != null) {
            in.error(m.entry("max_deviation").value().loc(), "give either max_deviation or max_sag and max_pike,"
                    + " not both");
        }
        Double sag = in.number(m, "max_sag", 0.5, 45, true, "degrees");
        Double pike = in.number(m, "max_pike", 0.5, 45, true, "degrees");
        return new Limits(pike == null ? null : -pike, sag, in.text(m, "cue_pike", true), in.text(m, "cue_sag", true),
                null, List.of());
    }

    public double defaultHysteresis() {
        return 3;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        return view.hasNearSide();
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        Geometry.Deviation d = Geometry.lineDeviation(p.stream().map(b::point).toList());
        return new Measured(d.degrees(), p.get(d.index()), 1);
    }

    public boolean inDegrees() {
        return true;
    }

    /** A line's deviation is told by its size; the cue says which way to move. */
    public String label(double value) {
        return String.format(Locale.ROOT, "line %.0f°", Math.abs(value));
    }
}
