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

/** {@code tilt}: the tilt of the line between two keypoints from the horizontal (left/right symmetry). */
final class TiltKind implements RuleKind {

    public String id() {
        return "tilt";
    }

    public String measures() {
        return "tilt of the line between 2 points from the horizontal";
    }

    public String limitsDoc() {
        return "`max_degrees`, `cue`";
    }

    public String viewsDoc() {
        return "front";
    }

    public PointCount pointCount() {
        return PointCount.exactly(2);
    }

    public Set<String> fields() {
        return Set.of("max_degrees", "cue");
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        return KindFields.symmetric(in, m, "max_degrees", 45, "degrees", "cue", "cue");
    }

    @Override
    public Side defaultSide() {
        return Side.AS_WRITTEN;
    }

    public double defaultHysteresis() {
        return 2;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        return view == View.FRONT;
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        return new Measured(Geometry.tilt(b.point(p.get(0)), b.point(p.get(1))), p.get(0), 1);
    }

    public boolean inDegrees() {
        return true;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "tilt %.0f°", Math.abs(value));
    }
}
