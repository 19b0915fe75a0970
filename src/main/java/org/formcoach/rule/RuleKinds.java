package org.formcoach.rule;

import java.util.List;
import java.util.Optional;

/** The registry of rule kinds: the one list the loader, the checker, the overlay and the docs read. */
public final class RuleKinds {

    public static final RuleKind ANGLE = new AngleKind();
    public static final RuleKind ALIGNMENT = new AlignmentKind();
    public static final RuleKind BEND = new BendKind();
    public static final RuleKind OFFSET = new OffsetKind();
    public static final RuleKind TILT = new TiltKind();
    public static final RuleKind SEGMENT_ANGLE = new SegmentAngleKind();
    public static final RuleKind DRIFT = new DriftKind();
    public static final RuleKind SIZE = new SizeKind();

    /** Every kind, in the order the documentation lists them. */
    public static final List<RuleKind> ALL = List.of(ANGLE, ALIGNMENT, BEND, OFFSET, TILT, SEGMENT_ANGLE, DRIFT, SIZE);

    private RuleKinds() {
    }

    /** The kind with this id; empty for an unknown id (never another kind). */
    public static Optional<RuleKind> find(String id) {
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(RuleKind::id).toList();
    }

    /** The table of kinds in routines/README.md, generated from the kinds themselves. */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| kind | measures | limits | views |\n|---|---|---|---|\n");
        for (RuleKind k : ALL) {
            b.append("| `").append(k.id()).append("` | ").append(k.measures()).append(" (")
                    .append(k.pointCount().text()).append(" keypoints) | ").append(k.limitsDoc()).append(" | ")
                    .append(k.viewsDoc()).append(" |\n");
        }
        return b.toString();
    }
}
