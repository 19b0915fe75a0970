package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.testing.TestModels;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class CropTrackerTest {

    @BeforeAll
    static void opencv() {
        OpenCvLoader.ensureLoaded();
    }

    @Test
    void withNobodyFoundTheWholeImageAndOneZoomedPartOfItAreSearchedEachFrame() {
        List<Crop> asked = new ArrayList<>();
        PoseEstimator nobody = new PersonTrackerTest.Fake(crop -> {
            asked.add(crop);
            return PoseFixtures.uniform(320, 240, 0.05);
        });
        PersonTracker people = new PersonTracker(0.3);
        Mat image = new Mat(480, 640, CvType.CV_8UC3, new Scalar(0, 0, 0));
        try {
            for (int i = 0; i < 3; i++) {
                assertNull(people.track(nobody, image, i * 33_000_000L).pose());
            }
        } finally {
            image.release();
        }
        List<Crop> parts = PersonTracker.searchTiles(640, 480);
        assertEquals(List.of(Crop.wholeImage(640, 480), parts.get(0), Crop.wholeImage(640, 480), parts.get(1),
                Crop.wholeImage(640, 480), parts.get(2)), asked);
    }

    /**
     * A person who fills a small part of a wide frame: the tracked crop sees them at the model's full
     * resolution, which MoveNet answers with clearly higher confidence, and every joint it found stays
     * inside the crop.
     */
    @Test
    void aSmallPersonIsSeenBetterThroughTheTrackedCrop() {
        MoveNetEstimator estimator = TestModels.get(MoveNetModel.LIGHTNING);
        Mat person = TestPhotos.read("camera.png");
        Mat wide = new Mat(720, 1280, CvType.CV_8UC3, new Scalar(90, 90, 90));
        try {
            // the 512x512 photograph shrunk into the lower right of a 720p frame: a webcam across the room
            Mat target = wide.submat(new Rect(880, 320, 400, 400));
            Imgproc.resize(person, target, target.size(), 0, 0, Imgproc.INTER_AREA);
            target.release();
            Pose whole = estimator.estimate(wide).pose();
            PersonTracker people = new PersonTracker(0.3);
            Pose tracked = null;
            for (int i = 0; i < 4; i++) {
                tracked = people.track(estimator, wide, i * 33_000_000L).pose();
            }
            assertNotEquals(Crop.wholeImage(1280, 720), tracked.crop(), "a torso was found, so the frames are cropped");
            assertTrue(tracked.meanScore() > whole.meanScore() + 0.1,
                    "confidence whole frame " + whole.meanScore() + ", tracked " + tracked.meanScore());
            Crop used = tracked.crop();
            assertTrue(used.size() < 700, "after a few frames the crop is around the person: " + used);
            for (PosePoint p : tracked.points()) {
                if (p.score() > 0.3) {
                    assertTrue(p.x() >= used.x() && p.x() <= used.x() + used.size()
                            && p.y() >= used.y() && p.y() <= used.y() + used.size(), "inside the crop: " + p);
                    assertTrue(p.x() > 880 && p.y() > 320, "on the person, not in the empty part: " + p);
                }
            }
        } finally {
            person.release();
            wide.release();
        }
    }

    /**
     * Real photographs with no one in them (a cup of coffee, a cat): searching them whole and in zoomed
     * parts (and closer wherever a part shows a few keypoints), frame after frame, finds no one to coach.
     */
    @Test
    void inRealPhotographsOfNoOneNobodyIsCoached() {
        List<MoveNetEstimator> models = List.of(TestModels.get(MoveNetModel.LIGHTNING),
                TestModels.getInt8(MoveNetModel.LIGHTNING), TestModels.getInt8(MoveNetModel.THUNDER));
        for (String scene : List.of("coffee.png", "chelsea.png")) {
            Mat photo = TestPhotos.readScene(scene);
            Mat wide = new Mat(720, 1280, CvType.CV_8UC3, new Scalar(90, 90, 90));
            try {
                // also as a small part of a 720p frame, where the zoomed parts are searched too
                Mat target = wide.submat(new Rect(640, 280, photo.cols(), photo.rows()));
                photo.copyTo(target);
                target.release();
                for (MoveNetEstimator model : models) {
                    for (Mat frame : List.of(photo, wide)) {
                        PersonTracker people = new PersonTracker(0.3);
                        for (int i = 0; i < 12; i++) {
                            Pose coached = people.track(model, frame, i * 33_000_000L).pose();
                            assertNull(coached, model.modelName() + " coached someone in " + scene + " ("
                                    + frame.cols() + "x" + frame.rows() + ") on frame " + i + ": " + coached);
                        }
                    }
                }
            } finally {
                photo.release();
                wide.release();
            }
        }
    }
}
