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
 * {@code segment-angle}: the angle of the segment from the first keypoint to the second above the
 * body's forward horizontal (90 = straight up, less when it leans ahead), e.g. the shoulder–ear line.
 */
final class SegmentAngleKind implements RuleKind {

    public String id() {
        return "segment-angle";
    }

    public String measures() {
        return "angle of the segment above the forward horizontal (90 = straight up)";
    }

    public String limitsDoc() {
        return "`min`, `max`";
    }

    public String viewsDoc() {
        return "side";
    }

    public PointCount pointCount() {
        return PointCount.exactly(2);
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
        return view.isSide();
    }

    public Measured measure(Body b, RuleSpec rule, List<Keypoint> p, List<Keypoint> scale) {
        return new Measured(Geometry.segmentAngle(b.point(p.get(0)), b.point(p.get(1)), b.view().forwardSign()),
                p.get(0), 1);
    }

    public boolean inDegrees() {
        return true;
    }

    public String label(double value) {
        return String.format(Locale.ROOT, "%.0f°", value);
    }
}
