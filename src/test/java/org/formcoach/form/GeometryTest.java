package org.formcoach.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.formcoach.body.Geometry;
import org.formcoach.pose.PosePoint;
import org.junit.jupiter.api.Test;

class GeometryTest {

    private static PosePoint p(double x, double y) {
        return new PosePoint(x, y, 1);
    }

    @Test
    void anglesAreInteriorDegrees() {
        assertEquals(90, Geometry.angle(p(0, 0), p(10, 0), p(10, 10)), 1e-9);
        assertEquals(180, Geometry.angle(p(0, 0), p(10, 0), p(20, 0)), 1e-9);
        assertEquals(45, Geometry.angle(p(10, 10), p(0, 0), p(10, 0)), 1e-9);
    }

    @Test
    void tiltIsPositiveWhenTheSecondPointIsHigher() {
        assertEquals(Math.toDegrees(Math.atan2(10, 100)), Geometry.tilt(p(0, 100), p(100, 90)), 1e-9);
        assertEquals(-Math.toDegrees(Math.atan2(10, 100)), Geometry.tilt(p(100, 90), p(0, 100)), 1e-9);
        // independent of left-right order in the image
        assertEquals(Geometry.tilt(p(0, 100), p(100, 90)), Geometry.tilt(p(200, 100), p(100, 90)), 1e-9);
    }

    @Test
    void segmentAngleFollowsTheForwardDirection() {
        assertEquals(90, Geometry.segmentAngle(p(100, 100), p(100, 50), -1), 1e-9);
        // facing the image's left: a point to the left is ahead, so the angle drops below 90
        assertEquals(Math.toDegrees(Math.atan2(50, 10)), Geometry.segmentAngle(p(100, 100), p(90, 50), -1), 1e-9);
        assertEquals(180 - Math.toDegrees(Math.atan2(50, 10)), Geometry.segmentAngle(p(100, 100), p(90, 50), 1), 1e-9);
    }

    @Test
    void lineDeviationIsSignedTowardTheFloor() {
        double expected = 2 * Math.toDegrees(Math.atan2(10, 50));
        Geometry.Deviation sag = Geometry.lineDeviation(List.of(p(0, 0), p(50, 10), p(100, 0)));
        assertEquals(expected, sag.degrees(), 1e-9);
        assertEquals(1, sag.index());
        Geometry.Deviation pike = Geometry.lineDeviation(List.of(p(0, 0), p(50, -10), p(100, 0)));
        assertEquals(-expected, pike.degrees(), 1e-9);
        // the worst inner point wins
        Geometry.Deviation worst = Geometry.lineDeviation(List.of(p(0, 0), p(25, 1), p(50, 10), p(100, 0)));
        assertEquals(2, worst.index());
        assertThrows(IllegalArgumentException.class, () -> Geometry.lineDeviation(List.of(p(0, 0), p(1, 1))));
    }

    @Test
    void bendIsFlexionPositiveWhicheverWayThePersonFaces() {
        // seated, facing the image's right: trunk straight up, the head carried 20° forward of it
        PosePoint hip = p(100, 300);
        PosePoint shoulder = p(100, 100);
        double forward = 100 * Math.tan(Math.toRadians(20));
        assertEquals(20, Geometry.bend(hip, shoulder, p(100 + forward, 0), 1), 1e-9);
        assertEquals(-20, Geometry.bend(hip, shoulder, p(100 - forward, 0), 1), 1e-9, "chin back: extension");
        // the mirror image, facing left, reads the same
        assertEquals(20, Geometry.bend(p(300, 300), p(300, 100), p(300 - forward, 0), -1), 1e-9);
        // a push-up facing right: the head dropping toward the floor is flexion too
        assertEquals(20, Geometry.bend(p(0, 100), p(100, 100), p(200, 100 + forward), 1), 1e-9);
        assertEquals(-20, Geometry.bend(p(0, 100), p(100, 100), p(200, 100 - forward), 1), 1e-9, "looking up");
        assertEquals(0, Geometry.bend(p(0, 0), p(50, 50), p(100, 100), 1), 1e-9);
    }
}
