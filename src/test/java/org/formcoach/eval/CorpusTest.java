package org.formcoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;
import org.formcoach.pose.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed real-clip corpus through the real model and the same pipeline as
 * {@code formcoach analyze}: what the coach says about real people, against labels made by looking at
 * the frames (src/test/resources/clips/README.md).
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/clips");

    /** Both models, in FP32 and in the INT8 form FormCoach runs by default where it is proven. */
    static List<Arguments> modelsAndPrecisions() {
        List<Arguments> all = new ArrayList<>();
        for (MoveNetModel model : MoveNetModel.values()) {
            for (Precision precision : List.of(Precision.FP32, Precision.INT8)) {
                all.add(Arguments.of(model, precision));
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("modelsAndPrecisions")
    void theCoachIsRightOnTheRealClips(MoveNetModel model, Precision precision) throws Exception {
        LabelFile labels = LabelFile.read(CORPUS);
        assertTrue(labels.clips().size() >= 13, "the corpus is all there: " + labels.clips().size());
        Catalog catalog = new RoutineLoader().load(Path.of("routines"));
        ClipRunner runner = new ClipRunner(precision == Precision.INT8 ? TestModels.getInt8(model) : TestModels.get(model),
                catalog, model.id());
        List<ClipScore> scores = new ArrayList<>();
        for (ClipLabel label : labels.clips()) {
            scores.add(runner.score(CORPUS, label, null));
        }
        EvalSummary summary = EvalSummary.of(model.id(), scores);
        java.io.StringWriter table = new java.io.StringWriter();
        EvalTable.print(summary, new java.io.PrintWriter(table));
        for (ClipScore c : scores) {
            String why = c.clip() + " with " + model.id() + " " + precision + ":\n" + table;
            assertEquals(c.truthReps(), c.countedReps(), "reps counted exactly: " + why);
            assertEquals(0, c.falseCues(), "no fault cue that names no visible fault: " + why);
            assertEquals(c.slumps(), c.slumpsAlerted(), "every slump alerted in time: " + why);
            assertEquals(0, c.falseAlerts(), "no posture alert while upright: " + why);
            assertTrue(c.notes().stream().noneMatch(n -> n.contains("turn")), "head turns seen as made: " + why);
        }
        assertTrue(summary.faultRecall() >= 0.9, "labelled fault episodes cued: " + table);
        assertTrue(summary.slumps() >= 3, "the corpus has slumps to find: " + table);
    }

    /**
     * Desk mode from a camera analyses 5 frames a second, not every one: the real desk clips played
     * as a camera delivers them (in real time) must still raise every slump in time and nothing
     * while upright, with about five frames analysed a second.
     */
    @org.junit.jupiter.api.Test
    void theDeskWatchFromACameraFindsEverySlumpAtFiveFramesASecond() throws Exception {
        Catalog catalog = new RoutineLoader().load(Path.of("routines"));
        assertEquals(5.0, ((org.formcoach.routine.TrackerSpec.Watch) catalog.exercise("desk-posture").orElseThrow()
                .tracker()).framesPerSecond(), "what desk-posture.yaml says");
        ClipRunner camera = new ClipRunner(TestModels.get(MoveNetModel.LIGHTNING), catalog, "lightning").asCamera();
        int slumps = 0;
        for (ClipLabel label : LabelFile.read(CORPUS).clips()) {
            if (!label.exercise().equals("desk-posture")) {
                continue;
            }
            org.formcoach.report.AnalysisReport report = camera.analyze(CORPUS, label, null);
            ClipScore c = Scorer.score(label, camera.exerciseFor(label), report);
            double perSecond = report.framesTotal() / report.durationSeconds();
            assertTrue(perSecond > 3.5 && perSecond <= 5.5, label.clip() + ": frames analysed a second " + perSecond);
            assertEquals(c.slumps(), c.slumpsAlerted(), label.clip() + ": every slump alerted in time " + c);
            assertEquals(0, c.falseAlerts(), label.clip() + ": no alert while upright " + c);
            slumps += c.slumps();
        }
        assertTrue(slumps >= 3, "the desk clips have slumps to find: " + slumps);
    }
}
