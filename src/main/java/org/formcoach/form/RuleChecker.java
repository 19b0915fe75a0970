package org.formcoach.form;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.Axis;
import org.formcoach.routine.RepPhase;
import org.formcoach.routine.RuleKind;
import org.formcoach.routine.RuleSpec;

/**
 * Checks one {@link RuleSpec} frame after frame. A value outside the range starts a violation; it
 * only clears once the value is back inside by the rule's hysteresis, so a value hovering at the
 * threshold does not flicker.
 */
public final class RuleChecker {

    /** Which bound is broken. */
    public enum Violation {
        NONE, BELOW, ABOVE
    }

    /**
     * The outcome on one frame.
     *
     * @param value     the measured value (relative to neutral when the rule asks for it), or null
     *                  when it could not be measured
     * @param used      the keypoints actually used (after choosing the side)
     * @param anchor    where to draw the value
     * @param missing   keypoints the rule needed but could not see
     * @param checked   false when the rule does not apply to this frame (wrong phase or view, no neutral)
     */
    public record Result(RuleSpec spec, Double value, Violation violation, List<Keypoint> used, Keypoint anchor,
            List<Keypoint> missing, boolean checked) {
    }

    private final RuleSpec spec;
    private Violation state = Violation.NONE;

    public RuleChecker(RuleSpec spec) {
        this.spec = spec;
    }

    public RuleSpec spec() {
        return spec;
    }

    public Result check(Body body, RepPhase phase, Neutral neutral) {
        List<Keypoint> used = body.resolve(spec.points(), spec.side());
        List<Keypoint> scale = body.resolve(spec.scale(), spec.side());
        if ((spec.phase() != RepPhase.ANY && spec.phase() != phase) || !appliesTo(body.view(), used, scale)
                || (spec.relativeToNeutral() && (neutral == null || neutral.view() != body.view()))) {
            state = Violation.NONE;
            return new Result(spec, null, Violation.NONE, used, used.get(0), List.of(), false);
        }
        List<Keypoint> missing = new ArrayList<>();
        for (Keypoint k : concat(used, scale)) {
            if (body.point(k) == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            state = Violation.NONE;
            return new Result(spec, null, Violation.NONE, used, used.get(0), missing, true);
        }
        Measured m = measure(body, used, scale);
        double value = m.value;
        if (spec.relativeToNeutral()) {
            Body calm = new Body(neutral.pose(), neutral.view(), body.minScore());
            if (concat(used, scale).stream().anyMatch(k -> calm.point(k) == null)) {
                // the calibration did not see these keypoints: there is nothing to compare with
                state = Violation.NONE;
                return new Result(spec, null, Violation.NONE, used, used.get(0), List.of(), false);
            }
            value -= measure(calm, used, scale).value;
        }
        state = next(state, value);
        return new Result(spec, value, state, used, m.anchor, List.of(), true);
    }

    private Violation next(Violation current, double v) {
        double h = spec.hysteresis();
        Double min = spec.min();
        Double max = spec.max();
        if (max != null && v > max) {
            return Violation.ABOVE;
        }
        if (min != null && v < min) {
            return Violation.BELOW;
        }
        if (current == Violation.ABOVE && v > max - h) {
            return Violation.ABOVE;
        }
        if (current == Violation.BELOW && v < min + h) {
            return Violation.BELOW;
        }
        return Violation.NONE;
    }

    /**
     * Whether the rule can be measured from this view. Lines, forward offsets and segment angles need
     * a side view; tilts and anything spanning the left–right pair need a front view.
     */
    private boolean appliesTo(View view, List<Keypoint> points, List<Keypoint> scale) {
        if (view == View.UNKNOWN) {
            return false;
        }
        boolean spansBothSides = hasMirrorPair(points) || hasMirrorPair(scale);
        return switch (spec.kind()) {
            case ALIGNMENT, SEGMENT_ANGLE -> view.isSide();
            case TILT -> view == View.FRONT;
            case OFFSET -> spec.axis() == Axis.FORWARD ? view.isSide() && !spansBothSides
                    : !spansBothSides || view == View.FRONT;
            case ANGLE -> !spansBothSides || view == View.FRONT;
        };
    }

    private static boolean hasMirrorPair(List<Keypoint> points) {
        return points.stream().anyMatch(k -> k != k.mirror() && points.contains(k.mirror()));
    }

    private record Measured(double value, Keypoint anchor) {
    }

    private Measured measure(Body b, List<Keypoint> p, List<Keypoint> scale) {
        RuleKind kind = spec.kind();
        switch (kind) {
            case ANGLE:
                return new Measured(Geometry.angle(b.point(p.get(0)), b.point(p.get(1)), b.point(p.get(2))), p.get(1));
            case ALIGNMENT: {
                Geometry.Deviation d = Geometry.lineDeviation(p.stream().map(b::point).toList());
                return new Measured(d.degrees(), p.get(d.index()));
            }
            case TILT:
                return new Measured(Geometry.tilt(b.point(p.get(0)), b.point(p.get(1))), p.get(0));
            case SEGMENT_ANGLE:
                return new Measured(Geometry.segmentAngle(b.point(p.get(0)), b.point(p.get(1)),
                        b.view().forwardSign()), p.get(0));
            default: {
                PosePoint from = b.point(p.get(0));
                PosePoint to = b.point(p.get(1));
                double unit = Math.max(1e-6, Geometry.distance(b.point(scale.get(0)), b.point(scale.get(1))));
                double d = switch (spec.axis()) {
                    case FORWARD -> (to.x() - from.x()) * b.view().forwardSign();
                    case UP -> from.y() - to.y();
                    case ACROSS -> Math.abs(to.x() - from.x());
                };
                return new Measured(d / unit, p.get(1));
            }
        }
    }

    private static List<Keypoint> concat(List<Keypoint> a, List<Keypoint> b) {
        List<Keypoint> all = new ArrayList<>(a);
        b.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return all;
    }
}
