package org.formcoach.form;

import org.formcoach.body.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;

/**
 * A user's calibrated neutral posture: the per-keypoint median of a few seconds of sitting or
 * standing tall, and the view it was taken from. Rules marked {@code relative_to_neutral} measure
 * the change from the same measurement on this pose, so it serves every exercise.
 */
public record Neutral(Pose pose, View view) {

    /** The median pose of {@code poses} (all from one view); null pose entries are skipped. */
    public static Neutral of(List<Pose> poses, View view) {
        List<Pose> present = poses.stream().filter(java.util.Objects::nonNull).toList();
        if (present.isEmpty()) {
            throw new IllegalArgumentException("calibration needs at least one pose");
        }
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            points.add(new PosePoint(median(present, k, 0), median(present, k, 1), median(present, k, 2)));
        }
        Pose first = present.get(0);
        return new Neutral(new Pose(points, first.imageWidth(), first.imageHeight(),
                Crop.wholeImage(first.imageWidth(), first.imageHeight())), view);
    }

    private static double median(List<Pose> poses, Keypoint k, int coordinate) {
        double[] v = poses.stream().map(p -> p.point(k))
                .mapToDouble(p -> coordinate == 0 ? p.x() : coordinate == 1 ? p.y() : p.score()).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
