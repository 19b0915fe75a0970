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
 * {@code offset}: the offset from the first keypoint to the second along an axis, in units of the
 * distance between the two {@code scale} keypoints (e.g. how far the hands reach ahead of the
 * shoulder, in torso lengths).
 */
final class OffsetKind implements RuleKind {

    public String id() {
        return "offset";
    }

    public String measures() {
        return "offset `axis: forward / up / across` from the first point to the second, in units of the "
                + "`scale` points' distance";
    }

    public String limitsDoc() {
        return "`axis`, `scale`, `min`, `max`";
    }

    public String viewsDoc() {
        return "forward: side, three-quarter; up: any; across, or both sides of the body: front";
    }

    public PointCount pointCount() {
        return PointCount.exactly(2);
    }

    public Set<String> fields() {
        return KindFields.with(KindFields.RANGE, "axis", "scale");
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        Axis axis = in.enumValue(m, "axis", Axis.class, null, true);
        List<Keypoint> scale = KindFields.scale(in, m);
        return KindFields.range(in, m, -3, 3, "body-scale units", axis, scale);
    }

    public double defaultHysteresis() {
        return 0.03;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        boolean bothSides = KindFields.spansBothSides(points) || KindFields.spansBothSides(scale);
        return along(rule.axis(), view, bothSides);
    }

    /** Whether a displacement along {@code axis} can be seen from {@code view}. */
    static boolean along(Axis axis, View view, boolean bothSides) {
        return switch (axis) {
            case FORWARD -> view.hasNearSide() && !bothSides;
            case UP -> !bothSides || view == View.FRONT;
            case ACROSS -> view == View.FRONT;
        };
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        PosePoint from = b.point(p.get(0));
        PosePoint to = b.point(p.get(1));
        double unit = Math.max(1e-6, Geometry.distance(b.point(scale.get(0)), b.point(scale.get(1))));
        double d = switch (rule.axis()) {
            case FORWARD -> (to.x() - from.x()) * b.view().forwardSign();
            case UP -> from.y() - to.y();
            case ACROSS -> Math.abs(to.x() - from.x());
        };
        return new Measured(d / unit, p.get(1), unit);
    }

    public boolean inDegrees() {
        return false;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
