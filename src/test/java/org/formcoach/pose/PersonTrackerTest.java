package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.formcoach.capture.OpenCvLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * Choosing the person to coach when two are in view, with a stand-in for the model that "sees"
 * whichever of two figures the crop holds (and, on the whole picture, the one its centre prior
 * would pick): the geometry of the choice, not the model's.
 */
class PersonTrackerTest {

    @BeforeAll
    static void opencv() {
        OpenCvLoader.ensureLoaded();
    }

    /** A model stand-in: the pose it returns for a crop. */
    record Fake(Function<Crop, Pose> answer) implements PoseEstimator {
        public PoseEstimate estimate(Mat image, Crop crop) {
            return new PoseEstimate(answer.apply(crop), 1, 1, 1);
        }

        public String modelName() {
            return "fake";
        }

        public int inputSize() {
            return 192;
        }

        public void close() {
        }
    }

    static final int W = 1280;
    static final int H = 720;
    private final Mat image = new Mat(H, W, CvType.CV_8UC3, new Scalar(0, 0, 0));

    @AfterEach
    void release() {
        image.release();
    }

    /** A standing figure centred at x, {@code height} pixels tall, all keypoints seen. */
    static Pose figure(double x, double height, double dy) {
        List<PosePoint> points = new ArrayList<>();
        double top = H * 0.9 - height + dy;
        for (Keypoint k : Keypoint.values()) {
            double fy = switch (k) {
                case NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR -> 0.05;
                case LEFT_SHOULDER, RIGHT_SHOULDER -> 0.2;
                case LEFT_ELBOW, RIGHT_ELBOW -> 0.35;
                case LEFT_WRIST, RIGHT_WRIST -> 0.5;
                case LEFT_HIP, RIGHT_HIP -> 0.55;
                case LEFT_KNEE, RIGHT_KNEE -> 0.75;
                case LEFT_ANKLE, RIGHT_ANKLE -> 1.0;
            };
            double side = k.isLeft() ? 1 : k.isRight() ? -1 : 0;
            points.add(new PosePoint(x + side * height * 0.12, top + fy * height, 0.9));
        }
        return new Pose(points, W, H, Crop.wholeImage(W, H));
    }

    private static boolean holds(Crop crop, Pose p) {
        double cx = (p.point(Keypoint.LEFT_HIP).x() + p.point(Keypoint.RIGHT_HIP).x()) / 2;
        double cy = (p.point(Keypoint.LEFT_HIP).y() + p.point(Keypoint.RIGHT_HIP).y()) / 2;
        return cx >= crop.x() && cx <= crop.x() + crop.size() && cy >= crop.y() && cy <= crop.y() + crop.size();
    }

    /**
     * The scene at time t: a bystander standing still (left, a little larger: nearer the camera) and
     * a person exercising (right, bobbing up and down). The whole-picture search finds the bystander.
     */
    private static Fake scene(double[] t, boolean exerciserHidden) {
        return new Fake(crop -> {
            Pose bystander = figure(300, 420, 0);
            Pose exerciser = figure(950, 380, 60 * Math.sin(2 * Math.PI * t[0] / 1.5));
            boolean whole = crop.size() >= W;
            if (whole) {
                return bystander;
            }
            if (holds(crop, exerciser) && !exerciserHidden) {
                return exerciser;
            }
            if (holds(crop, bystander)) {
                return bystander;
            }
            return PoseFixtures.uniform(640, 360, 0.02);
        });
    }

    private static double hipX(Pose p) {
        return (p.point(Keypoint.LEFT_HIP).x() + p.point(Keypoint.RIGHT_HIP).x()) / 2;
    }

    @Test
    void ofTwoPeopleTheOneExercisingIsCoachedAndKept() {
        PersonTracker people = new PersonTracker(0.3);
        double[] t = {0};
        Fake model = scene(t, false);
        Pose coached = null;
        for (int i = 0; i < 90; i++) {
            t[0] = i / 30.0;
            coached = people.track(model, image, (long) (t[0] * 1e9)).pose();
        }
        assertEquals(950, hipX(coached), 1, "the moving person on the right, not the still one MoveNet found first");
        // they leave the frame for a moment; the bystander alone is in view, then they come back
        Fake hidden = scene(t, true);
        for (int i = 90; i < 95; i++) {
            t[0] = i / 30.0;
            people.track(hidden, image, (long) (t[0] * 1e9));
        }
        for (int i = 95; i < 130; i++) {
            t[0] = i / 30.0;
            coached = people.track(model, image, (long) (t[0] * 1e9)).pose();
        }
        assertEquals(950, hipX(coached), 1, "taken up again where they were; the bystander does not take over");
    }

    @Test
    void onePersonCostsOneModelCallAFrame() {
        int[] calls = {0};
        Fake alone = new Fake(crop -> {
            calls[0]++;
            return figure(640, 400, 0);
        });
        PersonTracker people = new PersonTracker(0.3);
        for (int i = 0; i < 30; i++) {
            people.track(alone, image, i * 33_000_000L);
        }
        assertTrue(calls[0] <= 31, "one search beside the person at the start, then one call a frame: " + calls[0]);
        assertNull(people.track(new Fake(crop -> PoseFixtures.uniform(0, 0, 0)), image, 31 * 33_000_000L).pose());
    }

    @Test
    void theZoomedPartsCoverThePictureOverlappingByHalf() {
        List<Crop> wide = PersonTracker.searchTiles(1280, 720);
        assertEquals(List.of(new Crop(0, 0, 720), new Crop(280, 0, 720), new Crop(560, 0, 720)), wide);
        List<Crop> webcam = PersonTracker.searchTiles(640, 480);
        assertEquals(6, webcam.size(), "384-pixel squares, three across and two down: " + webcam);
        assertEquals(256, webcam.get(5).x(), 1e-9);
        assertEquals(96, webcam.get(5).y(), 1e-9);
        List<Crop> upright = PersonTracker.searchTiles(720, 1280);
        assertEquals(List.of(new Crop(0, 0, 720), new Crop(0, 280, 720), new Crop(0, 560, 720)), upright);
    }

    /** The number of frames (30 a second) until someone is coached, or -1 when no one is within ten. */
    private int framesUntilFound(PersonTracker people, PoseEstimator model) {
        for (int frame = 0; frame < 10; frame++) {
            if (people.track(model, image, frame * 33_000_000L).pose() != null) {
                return frame + 1;
            }
        }
        return -1;
    }

    @Test
    void someoneTooSmallForTheWholePictureIsFoundZoomedInAndThenFollowed() {
        // a small figure at the right: the model sees it only when the crop is at most 720 pixels wide
        Pose small = figure(1050, 150, 0);
        List<Crop> asked = new ArrayList<>();
        Fake model = new Fake(crop -> {
            asked.add(crop);
            return crop.size() <= 720 && holds(crop, small) ? small : PoseFixtures.uniform(640, 360, 0.02);
        });
        PersonTracker people = new PersonTracker(0.3);
        int frame = framesUntilFound(people, model);
        assertTrue(frame > 0, "found within the three parts of the picture: " + asked);
        assertEquals(3, frame, "the right-hand part is searched on the third frame");
        asked.clear();
        Pose coached = people.track(model, image, frame * 33_000_000L).pose();
        assertEquals(1050, hipX(coached), 1);
        assertEquals(1, asked.size(), "then followed with one model call a frame");
        assertTrue(asked.get(0).size() < 720, "in a crop around them: " + asked.get(0));
    }

    /** {@code pose} with only the keypoints in {@code seen} confident, as when the model glimpses someone. */
    private static Pose glimpse(Pose pose, List<Keypoint> seen) {
        List<PosePoint> points = new ArrayList<>();
        for (Keypoint k : Keypoint.values()) {
            PosePoint p = pose.point(k);
            points.add(new PosePoint(p.x(), p.y(), seen.contains(k) ? 0.9 : 0.05));
        }
        return new Pose(points, W, H, Crop.wholeImage(W, H));
    }

    @Test
    void someoneGlimpsedInAPartIsLookedAtCloserAndThenFollowed() {
        // a small figure at the right: a 720-pixel part shows only its arms and shoulders; a crop of at
        // most 400 pixels shows all of it
        Pose small = figure(1050, 150, 0);
        Pose arms = glimpse(small, List.of(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, Keypoint.LEFT_ELBOW,
                Keypoint.RIGHT_ELBOW, Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST));
        List<Crop> asked = new ArrayList<>();
        Fake model = new Fake(crop -> {
            asked.add(crop);
            if (!holds(crop, small) || crop.size() > 720) {
                return PoseFixtures.uniform(640, 360, 0.02);
            }
            return crop.size() <= 400 ? small : arms;
        });
        PersonTracker people = new PersonTracker(0.3);
        int frame = framesUntilFound(people, model);
        assertTrue(frame > 0, "found by looking closer where the arms were glimpsed: " + asked);
        assertEquals(4, frame, "glimpsed in the right-hand part on the third frame, looked at closer on the fourth");
        // frame 4 asks the whole picture, the closer look, and the part beside the person found
        Crop closer = asked.get(asked.size() - 2);
        assertEquals(192, closer.size(), 1e-9, "no closer than the model's input: " + asked);
        asked.clear();
        Pose coached = people.track(model, image, frame * 33_000_000L).pose();
        assertEquals(1050, hipX(coached), 1, "and followed");
        assertEquals(1, asked.size(), "with one model call a frame");
    }

    @Test
    void aFewKeypointsInAZoomedPartAreNobody() {
        // clutter seen zoomed in: six confident keypoints (enough for the whole picture, not for a zoomed part)
        Pose figure = figure(640, 300, 0);
        List<PosePoint> few = new ArrayList<>();
        for (int i = 0; i < Keypoint.COUNT; i++) {
            PosePoint p = figure.points().get(i);
            few.add(new PosePoint(p.x(), p.y(), i < 6 ? 0.9 : 0.05));
        }
        Pose weak = new Pose(few, W, H, Crop.wholeImage(W, H));
        List<Crop> asked = new ArrayList<>();
        Fake model = new Fake(crop -> {
            asked.add(crop);
            return crop.size() <= 720 ? weak : PoseFixtures.uniform(640, 360, 0.02);
        });
        PersonTracker people = new PersonTracker(0.3);
        for (int i = 0; i < 9; i++) {
            assertNull(people.track(model, image, i * 33_000_000L).pose());
        }
        // each glimpse is looked at closer at most twice in a row, then the next part is searched
        for (Crop part : PersonTracker.searchTiles(W, H)) {
            assertTrue(asked.contains(part), part + " searched within nine frames: " + asked);
        }
    }
}
