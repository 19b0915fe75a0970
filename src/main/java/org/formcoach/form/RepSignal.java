package org.formcoach.form;

import java.util.ArrayDeque;
import java.util.List;
import org.formcoach.body.Body;
import org.formcoach.body.Geometry;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.PosePoint;
import org.formcoach.routine.TrackerSpec;

/**
 * Reads how deep into a rep the person is, frame by frame, from whatever the camera shows well:
 * 0 at the top, 1 at the bottom (values beyond are allowed). Two signals, chosen per frame:
 * <ul>
 *   <li><b>angle</b>: the joint angle (the elbow) of the arm nearer the camera, when that arm is seen
 *       side-on: in a side or three-quarter view, with all three keypoints confident, both segments
 *       long enough to be seen along their length, and the angle one an elbow can make. A hidden far
 *       arm is never read. When the upper arm turns out of the picture on the way down (a camera in
 *       front of the body's side, as at three quarters), the angle is corrected for it (see
 *       {@link #unforeshortened}).</li>
 *   <li><b>reach</b>: the shoulder-to-wrist distance as a fraction of the arm's length (the longest
 *       the arm has looked over the last seconds), averaged over the arms in view. It works from the
 *       front, where the elbow angle is foreshortened: a push-up lowers the shoulders toward the hands.</li>
 * </ul>
 * Once a rep has started on one signal it stays on that signal (frames where it cannot be read are
 * gaps), so thresholds are never compared across signals within a rep.
 */
final class RepSignal {

    /** Where a depth came from. */
    enum Source {
        ANGLE, REACH
    }

    /** One frame's reading: depth, its source, the raw value (degrees or arm lengths) and where to draw it. */
    record Sample(double depth, Source source, double value, Keypoint anchor) {
    }

    /** No elbow closes further than this in a push-up or row; smaller readings are keypoint errors. */
    static final double MIN_PLAUSIBLE_ANGLE = 30;
    /**
     * A segment shorter than this fraction of the other is seen end-on (foreshortened) or misplaced,
     * so its angle means little. Upper arm and forearm are of similar length on a real arm.
     */
    static final double MIN_SEGMENT_RATIO = 0.45;
    /**
     * The upper arm looks shorter than this fraction of its usual length (against the forearm) only when
     * it points out of the picture; keypoint jitter on a side-on arm moves the ratio by up to about 25 %
     * (0.75–1.0 at the tops of the corpus's side-view clips), so smaller changes are left alone.
     */
    static final double FORESHORTENED = 0.8;
    /**
     * The upper arm's usual length against the forearm: the median over this many straight-arm frames
     * (about 1.5 s at 30 fps), known once at least {@link #MIN_STRAIGHT_ARM_FRAMES} were seen.
     */
    static final int STRAIGHT_ARM_FRAMES = 45;
    static final int MIN_STRAIGHT_ARM_FRAMES = 5;
    /** The arm's length is the 90th percentile of what it looked over this window. */
    static final double ARM_WINDOW_SECONDS = 10;
    /** Reach needs this long a window to know the arm's length. */
    static final double ARM_WARMUP_SECONDS = 0.5;

    private final TrackerSpec.Reps spec;
    private final ArrayDeque<long[]> armLengths = new ArrayDeque<>(); // {t, length in 1/1000 px}
    private long firstArmT = -1;
    private Source current;
    /** Upper arm over forearm, as seen on recent frames where the arm read straight. */
    private final ArrayDeque<Double> straightArmRatios = new ArrayDeque<>();

    RepSignal(TrackerSpec.Reps spec) {
        this.spec = spec;
    }

    /** The reading on this frame, or null when neither signal can be read. {@code atTop}: between reps. */
    Sample read(Body body, long t, boolean atTop) {
        Sample angle = angle(body);
        Sample reach = reach(body, t);
        if (!atTop && current != null) {
            // within a rep: only the signal it started on, or nothing (a gap) while that one cannot be read
            return current == Source.ANGLE ? angle : reach;
        }
        Sample chosen = angle != null ? angle : reach;
        if (chosen != null) {
            current = chosen.source();
        }
        return chosen;
    }

    private Sample angle(Body body) {
        if (!body.view().hasNearSide()) {
            return null;
        }
        List<Keypoint> k = body.near(spec.angle());
        PosePoint a = body.point(k.get(0));
        PosePoint v = body.point(k.get(1));
        PosePoint c = body.point(k.get(2));
        if (a == null || v == null || c == null) {
            return null;
        }
        double first = Geometry.distance(a, v);
        double second = Geometry.distance(v, c);
        if (Math.min(first, second) < MIN_SEGMENT_RATIO * Math.max(first, second)) {
            return null;
        }
        double degrees = unforeshortened(Geometry.angle(a, v, c), first / second);
        if (degrees < MIN_PLAUSIBLE_ANGLE) {
            return null;
        }
        return new Sample((spec.top() - degrees) / (spec.top() - spec.bottom()), Source.ANGLE, degrees, k.get(1));
    }

    /**
     * The elbow angle with the upper arm's turn out of the picture taken out. In a push-up the forearm
     * stands nearly upright on the hand and is seen along its length from any side, while the upper arm
     * swings back and, seen from in front of the body's side, toward or away from the camera: its picture
     * shrinks by the cosine of that turn and the elbow looks straighter than it is (on the corpus's
     * three-quarter clip the bottoms read 116–119° through Thunder, about 100–106° corrected). With the
     * forearm in the picture's plane the dot product of the two segments is the same in the picture as in
     * space, so cos(true) = cos(seen) × (upper arm seen / upper arm's length), and the upper arm's length
     * is the forearm's times their usual ratio, learnt on straight-arm frames. Only below the top and
     * beyond {@link #FORESHORTENED}: a straight arm is never read as bent, and jitter is left alone.
     *
     * @param seen          the angle in the picture, degrees
     * @param upperOverFore the upper arm's length over the forearm's in the picture
     */
    private double unforeshortened(double seen, double upperOverFore) {
        if (seen >= spec.top()) {
            straightArmRatios.addLast(upperOverFore);
            if (straightArmRatios.size() > STRAIGHT_ARM_FRAMES) {
                straightArmRatios.removeFirst();
            }
            return seen;
        }
        if (straightArmRatios.size() < MIN_STRAIGHT_ARM_FRAMES) {
            return seen;  // the arm has not been seen straight yet
        }
        double usual = straightArmRatios.stream().sorted().skip(straightArmRatios.size() / 2).findFirst().orElseThrow();
        double shown = upperOverFore / usual;
        if (shown >= FORESHORTENED) {
            return seen;
        }
        return Math.toDegrees(Math.acos(Math.cos(Math.toRadians(seen)) * shown));
    }

    private Sample reach(Body body, long t) {
        if (spec.reach() == null) {
            return null;
        }
        double sumReach = 0;
        double sumLength = 0;
        int arms = 0;
        Keypoint anchor = null;
        // side-on, the far arm is hidden behind the body and its keypoints are guesses: only the near
        // arm is read; from the front both arms are seen
        List<List<Keypoint>> seen = body.view().hasNearSide() ? List.of(body.near(spec.angle()))
                : List.of(spec.angle(), Body.mirrored(spec.angle()));
        for (List<Keypoint> arm : seen) {
            PosePoint s = body.point(arm.get(0));
            PosePoint e = body.point(arm.get(1));
            PosePoint w = body.point(arm.get(2));
            if (s == null || e == null || w == null) {
                continue;
            }
            sumReach += Geometry.distance(s, w);
            sumLength += Geometry.distance(s, e) + Geometry.distance(e, w);
            arms++;
            anchor = anchor == null ? arm.get(1) : anchor;
        }
        if (arms == 0) {
            return null;
        }
        double length = armLength(t, sumLength / arms);
        if (Double.isNaN(length)) {
            return null;
        }
        double value = sumReach / arms / length;
        TrackerSpec.Reach r = spec.reach();
        return new Sample((r.top() - value) / (r.top() - r.bottom()), Source.REACH, value, anchor);
    }

    /** Remembers this frame's apparent arm length and returns the arm's length, NaN while warming up. */
    private double armLength(long t, double apparent) {
        firstArmT = firstArmT < 0 ? t : firstArmT;
        armLengths.addLast(new long[] {t, Math.round(apparent * 1000)});
        while (t - armLengths.peekFirst()[0] > (long) (ARM_WINDOW_SECONDS * 1e9)) {
            armLengths.removeFirst();
        }
        if ((t - firstArmT) / 1e9 < ARM_WARMUP_SECONDS) {
            return Double.NaN;
        }
        long[] sorted = armLengths.stream().mapToLong(x -> x[1]).sorted().toArray();
        return sorted[(int) Math.floor(0.9 * (sorted.length - 1))] / 1000.0;
    }

    /** Forgets the arm's length (a new person, or the person left). */
    void reset() {
        armLengths.clear();
        firstArmT = -1;
        current = null;
        straightArmRatios.clear();
    }
}
