package org.formcoach.rule;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.body.Geometry;
import org.formcoach.body.View;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.MapNode;

/**
 * {@code drift}: how far a keypoint (or the midpoint of two) has moved in the picture from where it
 * was in the user's calibrated neutral, along an axis, in units of the neutral's {@code scale}
 * distance. Unlike {@code offset} it is not measured against another body part, so a whole upper
 * body sinking in the chair shows (the shoulders sink with the head).
 */
final class DriftKind implements RuleKind {

    public String id() {
        return "drift";
    }

    public String measures() {
        return "how far a point (or the middle of 2) moved in the picture since the neutral, along `axis: up / "
                + "forward / across`, in units of the neutral's `scale` distance";
    }

    public String limitsDoc() {
        return "`axis`, `scale`, `min`, `max`; always against the neutral";
    }

    public String viewsDoc() {
        return "up: any; forward: side, three-quarter; across: front";
    }

    public PointCount pointCount() {
        return new PointCount(1, 2);
    }

    public Set<String> fields() {
        return KindFields.with(KindFields.RANGE, "axis", "scale");
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        Axis axis = in.enumValue(m, "axis", Axis.class, null, true);
        List<Keypoint> scale = KindFields.scale(in, m);
        return KindFields.range(in, m, -3, 3, "body-scale units", axis, scale);
    }

    @Override
    public boolean alwaysRelative() {
        return true;
    }

    public double defaultHysteresis() {
        return 0.03;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        // the point itself may be a left/right pair (its midpoint); what matters is the axis
        return OffsetKind.along(rule.axis(), view, rule.axis() == Axis.ACROSS);
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        PosePoint at = p.size() == 1 ? b.point(p.get(0)) : Geometry.midpoint(b.point(p.get(0)), b.point(p.get(1)));
        double position = switch (rule.axis()) {
            case FORWARD -> at.x() * b.view().forwardSign();
            case UP -> -at.y();
            case ACROSS -> at.x();
        };
        double unit = Math.max(1e-6, Geometry.distance(b.point(scale.get(0)), b.point(scale.get(1))));
        return new Measured(position, p.get(0), unit);
    }

    /** The movement in units of the neutral's scale: a person leaning in does not inflate it. */
    @Override
    public double relative(Measured now, Measured neutral) {
        return (now.value() - neutral.value()) / neutral.scale();
    }

    public boolean inDegrees() {
        return false;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
