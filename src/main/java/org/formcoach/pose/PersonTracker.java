package org.formcoach.pose;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;

/**
 * Finds the person to coach among those in view and stays with them.
 *
 * <p>MoveNet SinglePose sees one person per call, the one its centre prior favours. When nobody is
 * followed yet, the whole picture is searched, and then the part of it beside that person, for a
 * second one. With two in view both are followed for {@link #COMPARE_SECONDS}, and the one who is
 * exercising is kept: the larger in the picture (nearer the camera) and the one moving (see
 * {@link Candidate#score()}). From then on only that person is followed with MoveNet's crop
 * tracking (one model call a frame, as with one person). When they are lost for a moment, only
 * someone found where they were is taken up again, so a bystander does not take over.
 *
 * <p>Someone small in the picture (a camera far across the room, a person lying on the floor) can be
 * too small for the model when the whole picture is shrunk to its input. So while the whole picture
 * shows no one, one zoomed part of it is searched too, a different part each frame
 * ({@link #searchTiles}); once found there, crop tracking follows them at full resolution. A part
 * that shows a few confident keypoints but not enough to follow (someone lying far away, seen at a
 * third of the model's input) is looked at closer in the next frame, a square around those keypoints
 * ({@link #closerLook}), before the parts are searched on in turn.
 *
 * <p>Comparing costs a second model call a frame for about a second after someone comes into view, and
 * searching a second call a frame while no one is in view. Not thread-safe: one per inference thread.
 */
public final class PersonTracker {

    /** A pose with fewer confident keypoints than this is nobody (a face and shoulders is 7). */
    public static final int MIN_VISIBLE_KEYPOINTS = 5;
    /** How long two people are watched before one is chosen. */
    static final double COMPARE_SECONDS = 1.0;
    /**
     * For this long after losing the person, only someone found where they were (within
     * {@link #REACQUIRE_WIDTHS} of their width) is taken up; others in view are not coached meanwhile.
     */
    static final double REACQUIRE_SECONDS = 3.0;
    static final double REACQUIRE_WIDTHS = 1.5;
    /** A second person must be at least this far (in person widths) from the first to be someone else. */
    static final double SEPARATE_WIDTHS = 0.75;
    /** Weight of movement against size in choosing the exerciser (movement in body heights per second). */
    static final double MOTION_WEIGHT = 4.0;

    /**
     * Someone found only in a zoomed part of the picture must show at least this many keypoints and a
     * torso to follow (zooming into clutter can make a weak "person" of a few keypoints).
     */
    static final int MIN_ZOOMED_KEYPOINTS = 8;
    /** The zoomed parts are at most this fraction of the picture's long side. */
    static final double TILE_FRACTION = 0.6;
    /** A closer look is a square this many times the glimpsed keypoints' larger extent (they may be part of the body). */
    static final double CLOSER_LOOK_MARGIN = 1.6;
    /** At most this many closer looks in a row, each at what the one before glimpsed; then the parts are searched on. */
    static final int MAX_CLOSER_LOOKS = 2;

    private final double minScore;
    /** The zoomed part of the picture to search next, an index into {@link #searchTiles}. */
    private int tile;
    /** Where a part searched last showed someone too faintly to follow: looked at next (null: the next part). */
    private Crop closer;
    private int closerLooks;
    /** Someone is being followed: no search for others until they are lost. */
    private boolean following;
    /** Where to look for them next (null: the whole picture, when they fill much of it). */
    private Crop next;
    private List<Candidate> candidates = List.of();
    private long compareStart;
    private Box lastPlace;
    private long lostAt = Long.MIN_VALUE;

    /** @param minScore keypoints below this confidence are not seen */
    public PersonTracker(double minScore) {
        this.minScore = minScore;
    }

    /**
     * The pose of the person being coached in this frame: {@code pose} is null when nobody is in
     * view; the timings add up every model call made for the frame.
     */
    public PoseEstimate track(PoseEstimator estimator, Mat image, long timestampNanos) {
        int width = image.cols();
        int height = image.rows();
        if (candidates.size() > 1) {
            return compare(estimator, image, timestampNanos);
        }
        PoseEstimate found = estimator.estimate(image, following && next != null ? next
                : Crop.wholeImage(width, height));
        Pose pose = person(found.pose());
        if (pose == null && !following) {
            // no one in the whole picture: someone small in it may show up zoomed in on a part of it
            Crop part;
            if (closer != null) {
                part = closer;
                closerLooks++;
            } else {
                List<Crop> tiles = searchTiles(width, height);
                tile = tile % tiles.size();
                part = tiles.get(tile);
                tile = (tile + 1) % tiles.size();
                closerLooks = 0;
            }
            PoseEstimate zoomed = estimator.estimate(image, part);
            found = sum(zoomed, found);
            pose = smallPerson(zoomed.pose());
            closer = pose == null && closerLooks < MAX_CLOSER_LOOKS
                    ? closerLook(zoomed.pose(), part, estimator.inputSize()) : null;
        }
        if (pose == null) {
            lose(timestampNanos);
            return withPose(found, null);
        }
        if (following) {
            follow(pose);
            return withPose(found, pose);
        }
        // searching the whole picture: is anyone else beside this person?
        PoseEstimate probe = probeBeside(estimator, image, pose);
        Pose other = probe == null ? null : person(probe.pose());
        PoseEstimate spent = probe == null ? found : sum(found, probe);
        boolean two = other != null && separate(pose, other);
        if (recentlyLost(timestampNanos)) {
            // the person was here a moment ago: take up again only someone where they were
            Pose nearest = two && Box.of(other, minScore).distance(lastPlace) < Box.of(pose, minScore)
                    .distance(lastPlace) ? other : pose;
            if (Box.of(nearest, minScore).distance(lastPlace) > REACQUIRE_WIDTHS * lastPlace.width()) {
                return withPose(spent, null);
            }
            follow(nearest);
            return withPose(spent, nearest);
        }
        if (!two) {
            follow(pose);
            return withPose(spent, pose);
        }
        candidates = new ArrayList<>(List.of(new Candidate(pose, timestampNanos, minScore),
                new Candidate(other, timestampNanos, minScore)));
        compareStart = timestampNanos;
        return withPose(spent, pose);
    }

    /** Forget everyone: the next frame is searched whole (a new video, a new exercise). */
    public void reset() {
        tile = 0;
        closer = null;
        closerLooks = 0;
        following = false;
        next = null;
        candidates = List.of();
        lastPlace = null;
        lostAt = Long.MIN_VALUE;
    }

    private PoseEstimate compare(PoseEstimator estimator, Mat image, long t) {
        PoseEstimate spent = null;
        List<Candidate> still = new ArrayList<>();
        for (Candidate c : candidates) {
            Crop crop = CropTracker.cropAround(c.pose);
            PoseEstimate e = estimator.estimate(image, crop != null ? crop : Crop.wholeImage(image.cols(), image.rows()));
            spent = spent == null ? e : sum(spent, e);
            Pose p = person(e.pose());
            if (p != null) {
                c.see(p, t);
                still.add(c);
            }
        }
        candidates = still;
        if (still.isEmpty()) {
            lose(t);
            return withPose(spent, null);
        }
        Candidate lead = still.get(0);
        if (still.size() == 1 || (t - compareStart) / 1e9 >= COMPARE_SECONDS) {
            lead = still.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
            candidates = List.of();
            follow(lead.pose);
        }
        return withPose(spent, lead.pose);
    }

    /** The part of the picture beside {@code person}, where a second person would stand: one square crop. */
    private PoseEstimate probeBeside(PoseEstimator estimator, Mat image, Pose person) {
        int w = image.cols();
        int h = image.rows();
        Box box = Box.of(person, minScore);
        double side = Math.min(w, h);
        double freeLeft = box.minX;
        double freeRight = w - box.maxX;
        if (Math.max(freeLeft, freeRight) < box.width() * SEPARATE_WIDTHS) {
            return null;  // the person fills the picture across: no room for another
        }
        double x = freeLeft > freeRight ? 0 : w - side;
        return estimator.estimate(image, new Crop(x, (h - side) / 2.0, side));
    }

    private boolean separate(Pose a, Pose b) {
        Box ba = Box.of(a, minScore);
        Box bb = Box.of(b, minScore);
        return Math.abs(ba.centreX() - bb.centreX()) > SEPARATE_WIDTHS * Math.max(ba.width(), bb.width());
    }

    private void follow(Pose pose) {
        following = true;
        closer = null;
        next = CropTracker.cropAround(pose);
        lastPlace = Box.of(pose, minScore);
        lostAt = Long.MIN_VALUE;
    }

    private void lose(long t) {
        if (following || !candidates.isEmpty()) {
            lostAt = t;
        }
        following = false;
        next = null;
        candidates = List.of();
    }

    private boolean recentlyLost(long t) {
        return lastPlace != null && lostAt != Long.MIN_VALUE && (t - lostAt) / 1e9 <= REACQUIRE_SECONDS;
    }

    /**
     * The parts of a picture searched in turn for someone small: squares of side min(width, height,
     * {@link #TILE_FRACTION} × the long side), overlapping by at least half, from edge to edge (a
     * 1280×720 picture: three squares of 720, each seen 1.8 times larger than in the whole picture).
     */
    static List<Crop> searchTiles(int width, int height) {
        double side = Math.min(Math.min(width, height), TILE_FRACTION * Math.max(width, height));
        List<Crop> tiles = new ArrayList<>();
        for (double y : positions(height, side)) {
            for (double x : positions(width, side)) {
                tiles.add(new Crop(x, y, side));
            }
        }
        return tiles;
    }

    /** Evenly spaced starts of {@code side}-long pieces covering {@code length}, at most half a piece apart. */
    private static double[] positions(int length, double side) {
        int n = (int) Math.ceil((length - side) / (side / 2) - 1e-9) + 1;
        double[] starts = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = n == 1 ? (length - side) / 2 : i * (length - side) / (n - 1);
        }
        return starts;
    }

    /**
     * Where to look closer after {@code glimpse} was seen in {@code part}: a square around its confident
     * keypoints, no smaller than the model's input in source pixels (closer than that shows nothing
     * new) and smaller than the part (else it is no closer); null when it shows too little to be anyone.
     */
    private Crop closerLook(Pose glimpse, Crop part, int inputSize) {
        if (person(glimpse) == null) {
            return null;
        }
        Box box = Box.of(glimpse, minScore);
        double side = Math.max(inputSize, CLOSER_LOOK_MARGIN * Math.max(box.width(), box.height()));
        if (side >= part.size()) {
            return null;
        }
        return new Crop(box.centreX() - side / 2, box.centreY() - side / 2, side);
    }

    /** A person found in a zoomed part: more keypoints than {@link #person} asks, and a torso to follow. */
    private Pose smallPerson(Pose pose) {
        return visible(pose) >= MIN_ZOOMED_KEYPOINTS && CropTracker.cropAround(pose) != null ? pose : null;
    }

    /** The pose if it is a person (enough confident keypoints), else null. */
    private Pose person(Pose pose) {
        return visible(pose) >= MIN_VISIBLE_KEYPOINTS ? pose : null;
    }

    private int visible(Pose pose) {
        int visible = 0;
        for (PosePoint p : pose.points()) {
            if (p.score() >= minScore) {
                visible++;
            }
        }
        return visible;
    }

    private static PoseEstimate withPose(PoseEstimate e, Pose pose) {
        return new PoseEstimate(pose, e.preprocessNanos(), e.inferenceNanos(), e.postprocessNanos());
    }

    private static PoseEstimate sum(PoseEstimate a, PoseEstimate b) {
        return new PoseEstimate(a.pose(), a.preprocessNanos() + b.preprocessNanos(),
                a.inferenceNanos() + b.inferenceNanos(), a.postprocessNanos() + b.postprocessNanos());
    }

    /** The box around a pose's confident keypoints. */
    private record Box(double minX, double minY, double maxX, double maxY) {
        static Box of(Pose pose, double minScore) {
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (PosePoint p : pose.points()) {
                if (p.score() >= minScore) {
                    x0 = Math.min(x0, p.x());
                    y0 = Math.min(y0, p.y());
                    x1 = Math.max(x1, p.x());
                    y1 = Math.max(y1, p.y());
                }
            }
            return new Box(x0, y0, x1, y1);
        }

        double width() {
            return Math.max(1, maxX - minX);
        }

        double height() {
            return Math.max(1, maxY - minY);
        }

        double centreX() {
            return (minX + maxX) / 2;
        }

        double centreY() {
            return (minY + maxY) / 2;
        }

        double distance(Box o) {
            return o == null ? 0 : Math.hypot(centreX() - o.centreX(), centreY() - o.centreY());
        }
    }

    /** A person being watched while choosing: their size and how much their keypoints move. */
    static final class Candidate {
        private final double minScore;
        private Pose pose;
        private long lastT;
        private double areaSum;
        private int frames;
        private double travel;  // keypoint movement, in body heights
        private double seconds;

        Candidate(Pose pose, long t, double minScore) {
            this.minScore = minScore;
            this.pose = pose;
            this.lastT = t;
            Box b = Box.of(pose, minScore);
            this.areaSum = b.width() * b.height();
            this.frames = 1;
        }

        void see(Pose now, long t) {
            Box b = Box.of(now, minScore);
            double moved = 0;
            int n = 0;
            for (int i = 0; i < Keypoint.COUNT; i++) {
                PosePoint a = pose.points().get(i);
                PosePoint c = now.points().get(i);
                if (a.score() >= minScore && c.score() >= minScore) {
                    moved += Math.hypot(c.x() - a.x(), c.y() - a.y());
                    n++;
                }
            }
            if (n > 0) {
                travel += moved / n / b.height();
            }
            seconds += (t - lastT) / 1e9;
            lastT = t;
            areaSum += b.width() * b.height();
            frames++;
            pose = now;
        }

        /** Size (square root of the mean box area, in pixels) times one plus the movement per second. */
        double score() {
            double size = Math.sqrt(areaSum / frames);
            double motion = seconds > 0 ? travel / seconds : 0;
            return size * (1 + MOTION_WEIGHT * motion);
        }
    }
}
