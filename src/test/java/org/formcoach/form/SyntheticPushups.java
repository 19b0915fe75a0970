package org.formcoach.form;

import java.util.Random;
import org.formcoach.body.View;
import org.formcoach.pose.Pose;

/**
 * Synthetic side-view wall push-ups and holds for tests outside this package (the app's window
 * tests): poses from the stick-figure {@link Skeleton}, not from a camera or the model.
 */
public final class SyntheticPushups {

    private SyntheticPushups() {
    }

    /**
     * The pose at {@code t} seconds into a series of controlled wall push-ups ({@code repSeconds}
     * each, elbows to 85°), with the hips sagging by {@code sagDegrees} and pixel noise from
     * {@code random}.
     */
    public static Pose wallPushup(double t, double repSeconds, double sagDegrees, Random random) {
        return Skeleton.pushup(View.LEFT_SIDE, PushupTest.WALL_PITCH).withSag(sagDegrees).withNoise(2)
                .withElbowAngle(PushupTest.elbowAt(t % repSeconds, repSeconds, 85)).pose(random);
    }

    /** Seated side-on in the rhomboid release: hands clasped forward at chest height, chin tucked. */
    public static Pose rhomboidRelease(Random random) {
        return HoldExercisesTest.RHOMBOID.pose(random);
    }

    /** Kneeling in child's pose with the elbows locked straight ({@code locked}) or slightly bent. */
    public static Pose childsPose(boolean locked, Random random) {
        return HoldExercisesTest.CHILDS_POSE.withElbowAngle(locked ? 180 : 165).pose(random);
    }

    /** Width and height of the synthetic camera image. */
    public static int width() {
        return Skeleton.WIDTH;
    }

    public static int height() {
        return Skeleton.HEIGHT;
    }
}
