package org.formcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.formcoach.testing.TestModels;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class MoveNetEstimatorTest {

    @Test
    void repeatedCallsGiveTheSameAnswerAndLeaveNoNativeArraysBehind() {
        MoveNetEstimator estimator = TestModels.get(MoveNetModel.LIGHTNING);
        Mat image = TestPhotos.read("grace_hopper.jpg");
        try {
            Pose first = estimator.estimate(image).pose();
            for (int i = 0; i < 10; i++) {
                estimator.estimate(image);
            }
            int before = estimator.liveArrayCount();
            for (int i = 0; i < 1000; i++) {
                Pose pose = estimator.estimate(image).pose();
                if (i % 100 == 0) {
                    assertEquals(first, pose, "call " + i + " gives the same pose");
                }
            }
            int after = estimator.liveArrayCount();
            assertEquals(before, after, "live NDArrays before and after 1,000 calls");
        } finally {
            image.release();
        }
    }

    @Test
    void anUprightPortraitHasItsFaceAboveItsShoulders() {
        MoveNetEstimator estimator = TestModels.get(MoveNetModel.THUNDER);
        Mat image = TestPhotos.read("grace_hopper.jpg");
        try {
            Pose pose = estimator.estimate(image).pose();
            PosePoint nose = pose.point(Keypoint.NOSE);
            PosePoint leftShoulder = pose.point(Keypoint.LEFT_SHOULDER);
            PosePoint rightShoulder = pose.point(Keypoint.RIGHT_SHOULDER);
            assertTrue(nose.score() > 0.5 && leftShoulder.score() > 0.5 && rightShoulder.score() > 0.5);
            assertTrue(nose.y() < leftShoulder.y() && nose.y() < rightShoulder.y(), "nose above shoulders");
            // facing the camera, the person's left shoulder is on the image's right
            assertTrue(leftShoulder.x() > rightShoulder.x(), "left shoulder on the image's right");
            assertTrue(nose.x() > rightShoulder.x() && nose.x() < leftShoulder.x(), "nose between the shoulders");
        } finally {
            image.release();
        }
    }
}
