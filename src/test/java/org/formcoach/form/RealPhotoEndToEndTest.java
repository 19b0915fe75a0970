package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.formcoach.body.Geometry;
import org.formcoach.body.View;
import org.formcoach.capture.MatHandle;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.pose.Pose;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** From real photographs through the real model into the form engine. */
class RealPhotoEndToEndTest {

    private static final Catalog CATALOG = new RoutineLoader().load(Path.of("routines"));

    private static Pose pose(String photo) {
        try (MatHandle image = new MatHandle(TestPhotos.read(photo))) {
            return TestModels.get(MoveNetModel.THUNDER).estimate(image.mat()).pose();
        }
    }

    /** Upright people facing the camera: seen from the front, shoulders level. */
    @ParameterizedTest
    @ValueSource(strings = {"grace_hopper.jpg", "astronaut.png"})
    void anUprightFrontViewPersonIsSeenFromTheFrontWithLevelShoulders(String photo) {
        Pose pose = pose(photo);
        assertEquals(View.FRONT, new ViewDetector(0.3).detect(pose));
        double tilt = Geometry.tilt(pose.point(Keypoint.LEFT_SHOULDER), pose.point(Keypoint.RIGHT_SHOULDER));
        assertTrue(Math.abs(tilt) < 5, photo + ": shoulders level within 5°, measured " + tilt);

        // the desk-posture watch on a still frame: a person in view, front view, no posture fault
        ExerciseEvaluator watch = ExerciseEvaluator.of(CATALOG.exercise("desk-posture").orElseThrow());
        FormFrame frame = null;
        for (int i = 0; i < 60; i++) {
            frame = watch.evaluate(pose, i * 100_000_000L);
        }
        assertTrue(frame.personInView());
        assertEquals(View.FRONT, frame.view());
        assertTrue(frame.cues().isEmpty(), "no cue for a person sitting still at their neutral: " + frame.cues());
    }

    /**
     * A front-view person on a side-view exercise is told once what the view cannot check and how to
     * turn; standing still is no rep and no fault.
     */
    @ParameterizedTest
    @ValueSource(strings = {"grace_hopper.jpg"})
    void aSideViewExerciseTellsAFrontFacingPersonWhatTheViewCannotCheck(String photo) {
        Pose pose = pose(photo);
        ExerciseEvaluator pushups = ExerciseEvaluator.of(CATALOG.exercise("wall-pushup").orElseThrow());
        FormFrame frame = null;
        for (int i = 0; i < 30; i++) {
            frame = pushups.evaluate(pose, i * 100_000_000L);
        }
        assertTrue(frame.hasCue(ExerciseEvaluator.CUE_VIEW), "told about the view: " + frame.cues());
        assertTrue(frame.cues().stream().filter(c -> c.id().equals(ExerciseEvaluator.CUE_VIEW)).findFirst()
                .orElseThrow().text().contains("turn sideways"));
        assertTrue(frame.checksOff().contains("hip-line"));
        assertEquals(0, ((TrackerState.Reps) frame.state()).reps());
    }
}
