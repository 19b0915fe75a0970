package org.formcoach.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Smooths a stream of poses with one 1€ filter per keypoint coordinate. A keypoint below the
 * confidence gate is passed through as it is (its low score already tells the rules to ignore it)
 * and its filters restart, so a joint that comes back into view is not dragged from where it was.
 */
public final class PoseSmoother {

    private final double confidenceGate;
    private final OneEuroFilter[] xs = new OneEuroFilter[Keypoint.COUNT];
    private final OneEuroFilter[] ys = new OneEuroFilter[Keypoint.COUNT];

    public PoseSmoother(OneEuroParameters parameters, double confidenceGate) {
        this.confidenceGate = confidenceGate;
        for (int i = 0; i < Keypoint.COUNT; i++) {
            xs[i] = new OneEuroFilter(parameters);
            ys[i] = new OneEuroFilter(parameters);
        }
    }

    public Pose smooth(Pose pose, long timestampNanos) {
        List<PosePoint> points = new ArrayList<>(Keypoint.COUNT);
        for (int i = 0; i < Keypoint.COUNT; i++) {
            PosePoint p = pose.points().get(i);
            if (p.score() < confidenceGate) {
                xs[i].reset();
                ys[i].reset();
                points.add(p);
            } else {
                points.add(new PosePoint(xs[i].filter(p.x(), timestampNanos), ys[i].filter(p.y(), timestampNanos),
                        p.score()));
            }
        }
        return new Pose(points, pose.imageWidth(), pose.imageHeight(), pose.crop());
    }

    /** Forget the history, e.g. when the person is lost or the exercise changes. */
    public void reset() {
        for (int i = 0; i < Keypoint.COUNT; i++) {
            xs[i].reset();
            ys[i].reset();
        }
    }
}
