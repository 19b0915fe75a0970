package org.formcoach.form;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.pose.Keypoint;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleKind;
import org.formcoach.rule.RuleSpec;
import org.formcoach.rule.Side;

/**
 * Checks one {@link RuleSpec} frame after frame; its kind measures the value. A value outside the
 * range starts a violation; it only clears once the value is back inside by the rule's hysteresis,
 * so a value hovering at the threshold does not flicker. A keypoint lost for a moment
 * ({@link #MAX_UNSEEN_NANOS}) neither ends a violation nor starts one: the state is carried over.
 */
public final class RuleChecker {

    /** Which bound is broken. */
    public enum Violation {
        NONE, BELOW, ABOVE
    }

    /** Why a rule was not checked on a frame. */
    public enum Skip {
        /** It was checked. */
        NONE,
        /** It applies to another phase of the rep. */
        PHASE,
        /** The view cannot show what it measures. */
        VIEW,
        /** It compares with a neutral, and there is none for this view (or the neutral did not see its keypoints). */
        NO_NEUTRAL,
        /** A keypoint it needs is not visible. */
        MISSING
    }

    /**
     * The outcome on one frame.
     *
     * @param value     the measured value (relative to neutral when the rule asks for it), or null
     *                  when it could not be measured
     * @param used      the keypoints actually used (after choosing the side)
     * @param anchor    where to draw the value
     * @param missing   keypoints the rule needed but could not see
     * @param skip      why the rule was not checked, or NONE
     */
    public record Result(RuleSpec spec, Double value, Violation violation, List<Keypoint> used, Keypoint anchor,
            List<Keypoint> missing, Skip skip) {

        public boolean checked() {
            return skip == Skip.NONE;
        }
    }

    /** How long a violation is carried over frames where the rule's keypoints are not all seen. */
    static final long MAX_UNSEEN_NANOS = 500_000_000L;

    private final RuleSpec spec;
    private Violation state = Violation.NONE;
    private long lastMeasured = Long.MIN_VALUE;

    public RuleChecker(RuleSpec spec) {
        this.spec = spec;
    }

    public RuleSpec spec() {
        return spec;
    }


    /** @param t the frame's timestamp */
    public Result check(Body body, RepPhase phase, Neutral neutral, long t) {
        List<Keypoint> used = resolve(body, spec.points());
        List<Keypoint> scale = resolve(body, spec.scale());
        RuleKind kind = spec.kind();
        if (spec.phase() != RepPhase.ANY && spec.phase() != phase) {
            return skipped(used, Skip.PHASE, List.of());
        }
        if (!spec.judgeableFrom(body.view()) || !kind.measurable(body.view(), spec, used, scale)) {
            return skipped(used, Skip.VIEW, List.of());
        }
        if (spec.relativeToNeutral() && (neutral == null || neutral.view() != body.view())) {
            return skipped(used, Skip.NO_NEUTRAL, List.of());
        }
        List<Keypoint> missing = new ArrayList<>();
        for (Keypoint k : concat(used, scale)) {
            if (body.point(k) == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            if (state != Violation.NONE && t - lastMeasured <= MAX_UNSEEN_NANOS) {
                return new Result(spec, null, state, used, used.get(0), missing, Skip.MISSING);
            }
            return skipped(used, Skip.MISSING, missing);
        }
        RuleKind.Measured m = kind.measure(body, spec, used, scale);
        double value = m.value();
        if (spec.relativeToNeutral()) {
            Body calm = new Body(neutral.pose(), neutral.view(), body.minScore());
            if (!calm.sees(concat(used, scale))) {
                // the calibration did not see these keypoints: there is nothing to compare with
                return skipped(used, Skip.NO_NEUTRAL, List.of());
            }
            value = kind.relative(m, kind.measure(calm, spec, used, scale));
        }
        state = next(state, value);
        lastMeasured = t;
        return new Result(spec, value, state, used, m.anchor(), List.of(), Skip.NONE);
    }

    private Result skipped(List<Keypoint> used, Skip why, List<Keypoint> missing) {
        state = Violation.NONE;
        return new Result(spec, null, Violation.NONE, used, used.get(0), missing, why);
    }

    private List<Keypoint> resolve(Body body, List<Keypoint> points) {
        return spec.side() == Side.AS_WRITTEN ? points : body.near(points);
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

    private static List<Keypoint> concat(List<Keypoint> a, List<Keypoint> b) {
        List<Keypoint> all = new ArrayList<>(a);
        b.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return all;
    }
}
