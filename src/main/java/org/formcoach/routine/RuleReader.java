package org.formcoach.routine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.formcoach.body.ViewFamily;
import org.formcoach.pose.Keypoint;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleKind;
import org.formcoach.rule.RuleKinds;
import org.formcoach.rule.RuleSpec;
import org.formcoach.rule.Severity;
import org.formcoach.rule.Side;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.MapNode;
import org.formcoach.yaml.YamlTree.Node;

/** Reads one entry of an exercise's {@code rules:}: the fields every rule has, then its kind's own. */
final class RuleReader {

    private static final Set<String> COMMON = Set.of("id", "kind", "points", "severity", "side", "phase", "after",
            "hysteresis", "relative_to_neutral", "views");

    private RuleReader() {
    }

    static RuleSpec read(FieldReader in, MapNode m) {
        String id = in.text(m, "id", true);
        String kindText = in.text(m, "kind", true);
        if (kindText == null) {
            return null;
        }
        RuleKind kind = RuleKinds.find(kindText).orElse(null);
        if (kind == null) {
            in.error(m.entry("kind").value().loc(), "unknown rule kind '" + kindText + "' — use one of "
                    + String.join(", ", RuleKinds.ids()));
            return null;
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(kind.fields());
        in.checkFields(m, allowed, (kind.id().matches("[aeiou].*") ? "an " : "a ") + kind.id() + " rule");
        List<Keypoint> points = in.keypoints(m, "points", 0);
        if (points != null && !kind.pointCount().accepts(points.size())) {
            in.error(m.entry("points").value().loc(), "this " + kind.id() + " rule takes " + kind.pointCount().text()
                    + " keypoints, found " + points.size() + " — fix the 'points' list");
        }
        RuleKind.Limits limits = kind.readLimits(in, m);
        Severity severity = in.enumValue(m, "severity", Severity.class, Severity.WARNING, false);
        Side side = in.enumValue(m, "side", Side.class, kind.defaultSide(), false);
        RepPhase phase = in.enumValue(m, "phase", RepPhase.class, RepPhase.ANY, false);
        double after = in.numberOr(m, "after", 0, 3600, 0.5, "seconds");
        double span = limits.min() != null && limits.max() != null ? limits.max() - limits.min() : 1000;
        double hysteresis = in.numberOr(m, "hysteresis", 0, span, kind.defaultHysteresis(),
                kind.inDegrees() ? "degrees" : "body-scale units");
        Boolean relative = in.bool(m, "relative_to_neutral");
        Set<ViewFamily> views = EnumSet.noneOf(ViewFamily.class);
        for (Node n : in.items(m, "views", "views, e.g. [side, three-quarter]")) {
            ViewFamily v = in.enumOf(n, ViewFamily.class);
            if (v != null) {
                views.add(v);
            }
        }
        if (kind.alwaysRelative() && Boolean.FALSE.equals(relative)) {
            in.error(m.entry("relative_to_neutral").value().loc(), "a " + kind.id()
                    + " rule always compares with the neutral — remove relative_to_neutral: false");
        }
        if (id == null || points == null) {
            return null;
        }
        return new RuleSpec(id, kind, points, limits.axis(), limits.scale(), limits.min(), limits.max(),
                limits.cueBelow(), limits.cueAbove(), severity, side, phase,
                kind.alwaysRelative() || Boolean.TRUE.equals(relative), after, hysteresis, views);
    }
}
