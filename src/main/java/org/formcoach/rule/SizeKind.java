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
 * {@code size}: the distance between two keypoints against the same distance in the user's
 * neutral, as a fraction (0.1 = 10 % larger). A person leaning in toward the camera looks larger:
 * their shoulders and head spread apart in the picture.
 */
final class SizeKind implements RuleKind {

    public String id() {
        return "size";
    }

    public String measures() {
        return "the distance between 2 points against the neutral's, as a fraction (0.1 = 10 % larger)";
    }

    public String limitsDoc() {
        return "`min`, `max`; always against the neutral";
    }

    public String viewsDoc() {
        return "any (as in the neutral)";
    }

    public PointCount pointCount() {
        return PointCount.exactly(2);
    }

    public Set<String> fields() {
        return KindFields.RANGE;
    }

    public Limits readLimits(FieldReader in, MapNode m) {
        return KindFields.range(in, m, -1, 3, "fraction of the neutral", null, List.of());
    }

    @Override
    public Side defaultSide() {
        return Side.AS_WRITTEN;
    }

    @Override
    public boolean alwaysRelative() {
        return true;
    }

    public double defaultHysteresis() {
        return 0.03;
    }

    public boolean measurable(View view, RuleSpec rule, List<Keypoint> points, List<Keypoint> scale) {
        return view != View.UNKNOWN;
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        double d = Math.max(1e-6, Geometry.distance(b.point(p.get(0)), b.point(p.get(1))));
        return new Measured(d, p.get(0), d);
    }

    @Override
    public double relative(Measured now, Measured neutral) {
        return now.value() / neutral.value() - 1;
    }

    public boolean inDegrees() {
        return false;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%+.0f%%", value * 100);
    }
}
