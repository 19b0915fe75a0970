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
 * {@code bend}: how far a chain of three keypoints bends at the middle one, signed by the body's
 * own directions: positive toward the way the person faces (flexion, e.g. the head dropping),
 * negative away from it (extension, e.g. the chin poking up). The head against the trunk line
 * (hip, shoulder, ear) is judged this way, apart from the hips.
 */
final class BendKind implements RuleKind {

    public String id() {
        return "bend";
    }

    public String measures() {
        return "signed bend at the middle of 3 points: + toward where the person faces (flexion), − away";
    }

    public String limitsDoc() {
        return "`min`, `max`";
    }

    public String viewsDoc() {
        return "side, three-quarter";
    }

    public PointCount pointCount() {
        return PointCount.exactly(3);
    }

    public Set<String> fields() {
        return KindFields.RANGE;
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        return KindFields.range(in, m, -180, 180, "degrees", null, List.of());
    }

    public double defaultHysteresis() {
        return 3;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        return view.hasNearSide() && !KindFields.spansBothSides(points);
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        return new Measured(Geometry.bend(b.point(p.get(0)), b.point(p.get(1)), b.point(p.get(2)),
                b.view().forwardSign()), p.get(1), 1);
    }

    public boolean inDegrees() {
        return true;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%+.0f°", value);
    }
}
