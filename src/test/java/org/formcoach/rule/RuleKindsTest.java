package org.formcoach.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.formcoach.body.Body;
import org.formcoach.body.View;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.junit.jupiter.api.Test;

class RuleKindsTest {

    @Test
    void everyKindHasItsOwnIdAndAnUnknownIdFindsNone() {
        Set<String> ids = new HashSet<>(RuleKinds.ids());
        assertEquals(RuleKinds.ALL.size(), ids.size());
        assertTrue(RuleKinds.find("alinement").isEmpty());
        for (RuleKind k : RuleKinds.ALL) {
            assertEquals(k, RuleKinds.find(k.id()).orElseThrow());
        }
    }

    @Test
    void theFormatDocumentationListsExactlyTheRegisteredKinds() throws IOException {
        String readme = Files.readString(Path.of("routines/README.md"));
        assertTrue(readme.contains(RuleKinds.markdownTable()),
                "routines/README.md must hold the table RuleKinds.markdownTable() makes; replace it with:\n"
                        + RuleKinds.markdownTable());
    }

    private static Body body(View view, double... xyPairs) {
        List<PosePoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < Keypoint.COUNT; i++) {
            points.add(i * 2 + 1 < xyPairs.length ? new PosePoint(xyPairs[2 * i], xyPairs[2 * i + 1], 0.9)
                    : new PosePoint(0, 0, 0.9));
        }
        return new Body(new Pose(points, 640, 480, Crop.wholeImage(640, 480)), view, 0.3);
    }

    /** Shoulders at (280, y) and (360, y), nose above their middle. */
    private static Body desk(double shoulderY, double halfWidth) {
        double[] xy = new double[Keypoint.COUNT * 2];
        xy[Keypoint.NOSE.ordinal() * 2] = 320;
        xy[Keypoint.NOSE.ordinal() * 2 + 1] = shoulderY - 80;
        xy[Keypoint.LEFT_SHOULDER.ordinal() * 2] = 320 + halfWidth;
        xy[Keypoint.LEFT_SHOULDER.ordinal() * 2 + 1] = shoulderY;
        xy[Keypoint.RIGHT_SHOULDER.ordinal() * 2] = 320 - halfWidth;
        xy[Keypoint.RIGHT_SHOULDER.ordinal() * 2 + 1] = shoulderY;
        return body(View.FRONT, xy);
    }

    private static RuleSpec rule(RuleKind kind, List<Keypoint> points, Axis axis, List<Keypoint> scale) {
        return new RuleSpec("r", kind, points, axis, scale, -0.1, 0.1, "below", "above", Severity.WARNING,
                Side.AS_WRITTEN, RepPhase.ANY, true, 0, 0.02, Set.of());
    }

    @Test
    void driftMeasuresTheWholeUpperBodySinkingInUnitsOfTheNeutralShoulderWidth() {
        List<Keypoint> shoulders = List.of(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
        RuleSpec sink = rule(RuleKinds.DRIFT, shoulders, Axis.UP, shoulders);
        Body neutral = desk(300, 80);
        Body sunk = desk(340, 80); // 40 px lower = a quarter of the 160 px shoulder width
        double v = RuleKinds.DRIFT.relative(RuleKinds.DRIFT.measure(sunk, sink, shoulders, shoulders),
                RuleKinds.DRIFT.measure(neutral, sink, shoulders, shoulders));
        assertEquals(-0.25, v, 1e-9);
        // an offset against the shoulders would not see it: the nose sank with them
        RuleSpec headOverShoulder = rule(RuleKinds.OFFSET, List.of(Keypoint.LEFT_SHOULDER, Keypoint.NOSE), Axis.UP,
                shoulders);
        List<Keypoint> pair = List.of(Keypoint.LEFT_SHOULDER, Keypoint.NOSE);
        assertEquals(0, RuleKinds.OFFSET.relative(RuleKinds.OFFSET.measure(sunk, headOverShoulder, pair, shoulders),
                RuleKinds.OFFSET.measure(neutral, headOverShoulder, pair, shoulders)), 1e-9);
    }

    @Test
    void sizeSeesAPersonLeaningTowardTheCamera() {
        List<Keypoint> shoulders = List.of(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
        RuleSpec size = rule(RuleKinds.SIZE, shoulders, null, List.of());
        double v = RuleKinds.SIZE.relative(RuleKinds.SIZE.measure(desk(300, 92), size, shoulders, List.of()),
                RuleKinds.SIZE.measure(desk(300, 80), size, shoulders, List.of()));
        assertEquals(0.15, v, 1e-9);
    }

    @Test
    void kindsSayWhichViewsTheyCanJudge() {
        RuleSpec line = new RuleSpec("hip-line", RuleKinds.ALIGNMENT,
                List.of(Keypoint.LEFT_SHOULDER, Keypoint.LEFT_HIP, Keypoint.LEFT_ANKLE), null, List.of(), -10.0, 10.0,
                "pike", "sag", Severity.ERROR, Side.NEAR, RepPhase.ANY, false, 0.5, 3, Set.of());
        assertTrue(line.judgeableFrom(View.LEFT_SIDE));
        assertTrue(line.judgeableFrom(View.RIGHT_THREE_QUARTER));
        assertFalse(line.judgeableFrom(View.FRONT));
        RuleSpec sideOnly = new RuleSpec(line.id(), line.kind(), line.points(), null, List.of(), -10.0, 10.0, "pike",
                "sag", Severity.ERROR, Side.NEAR, RepPhase.ANY, false, 0.5, 3,
                Set.of(org.formcoach.body.ViewFamily.SIDE));
        assertFalse(sideOnly.judgeableFrom(View.RIGHT_THREE_QUARTER), "a rule may narrow its kind's views");
        RuleSpec tilt = new RuleSpec("tilt", RuleKinds.TILT, List.of(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER),
                null, List.of(), -5.0, 5.0, "level", "level", Severity.WARNING, Side.AS_WRITTEN, RepPhase.ANY, false, 0,
                2, Set.of());
        assertTrue(tilt.judgeableFrom(View.FRONT));
        assertFalse(tilt.judgeableFrom(View.LEFT_SIDE));
    }
}
