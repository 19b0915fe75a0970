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

/** {@code angle}: the interior angle at the middle of three keypoints, 0–180° (e.g. the elbow). */
final class AngleKind implements RuleKind {

    public String id() {
        return "angle";
    }

    public String measures() {
        return "angle at the middle of 3 points, 0–180°";
    }

    public String limitsDoc() {
        return "`min`, `max`";
    }

    public String viewsDoc() {
        return "any; both sides of the body: front";
    }

    public PointCount pointCount() {
        return PointCount.exactly(3);
    }

    public Set<String> fields() {
        return KindFields.RANGE;
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        return KindFields.range(in, m, 0, 180, "degrees", null, List.of());
    }

    public double defaultHysteresis() {
        return 5;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        return !KindFields.spansBothSides(points) || view == View.FRONT;
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        return new Measured(Geometry.angle(b.point(p.get(0)), b.point(p.get(1)), b.point(p.get(2))), p.get(1), 1);
    }

    public boolean inDegrees() {
        return true;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%.0f°", value);
    }
}
