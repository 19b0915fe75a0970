package org.formcoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.pose.MoveNetEstimator;
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
        List<ClipScore> scores = inParallel(labels.clips(), model, precision,
                estimator -> new ClipRunner(estimator, catalog, model.id()),
                (runner, label) -> runner.score(CORPUS, label, null));
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
            assertTrue(c.notes().stream().noneMatch(n -> n.contains("nearer the camera")),
                    "the side nearer the camera read as labelled: " + why);
        }
        assertTrue(summary.faultRecall() >= 0.9, "labelled fault episodes cued: " + table);
        assertTrue(summary.slumps() >= 3, "the corpus has slumps to find: " + table);
    }

    /** One clip's work with the runner a worker holds. */
    private interface ClipWork<T> {
        T run(ClipRunner runner, ClipLabel label) throws Exception;
    }

    /**
     * {@code work} on each clip, results in the clips' order, by two workers with an estimator each
     * (the machine's two cores). Each clip goes through one runner alone, as {@code formcoach eval}
     * runs it, so the result does not depend on which worker took it; the longest clips go first so
     * that both workers finish together.
     */
    private static <T> List<T> inParallel(List<ClipLabel> clips, MoveNetModel model, Precision precision,
            java.util.function.Function<MoveNetEstimator, ClipRunner> runnerFor, ClipWork<T> work) throws Exception {
        int workers = 2;
        BlockingQueue<ClipRunner> runners = new ArrayBlockingQueue<>(workers);
        for (MoveNetEstimator estimator : TestModels.several(model, precision, workers)) {
            runners.add(runnerFor.apply(estimator));
        }
        Map<ClipLabel, Long> frames = new HashMap<>();
        for (ClipLabel label : clips) {
            try (FrameSource source = FrameSources.openPath(CORPUS.resolve(label.clip()), CaptureRequest.DEFAULT)) {
                frames.put(label, source.info().frameCount().orElse(0));
            }
        }
        List<ClipLabel> longestFirst = new ArrayList<>(clips);
        longestFirst.sort(Comparator.comparing(frames::get).reversed());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Map<ClipLabel, Future<T>> running = new HashMap<>();
            for (ClipLabel label : longestFirst) {
                running.put(label, pool.submit(() -> {
                    ClipRunner runner = runners.take();
                    try {
                        return work.run(runner, label);
                    } finally {
                        runners.put(runner);
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (ClipLabel label : clips) {
                results.add(running.get(label).get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
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
        List<ClipLabel> deskClips = LabelFile.read(CORPUS).clips().stream()
                .filter(label -> label.exercise().equals("desk-posture")).toList();
        // played in real time and analysed at 5 frames a second: the two clips side by side take
        // little of the machine
        List<ClipScore> scores = inParallel(deskClips, MoveNetModel.LIGHTNING, Precision.FP32,
                estimator -> new ClipRunner(estimator, catalog, "lightning").asCamera(),
                (camera, label) -> {
                    org.formcoach.report.AnalysisReport report = camera.analyze(CORPUS, label, null);
                    double perSecond = report.framesTotal() / report.durationSeconds();
                    assertTrue(perSecond > 3.5 && perSecond <= 5.5, label.clip() + ": frames analysed a second "
                            + perSecond);
                    return Scorer.score(label, camera.exerciseFor(label), report);
                });
        int slumps = 0;
        for (ClipScore c : scores) {
            assertEquals(c.slumps(), c.slumpsAlerted(), c.clip() + ": every slump alerted in time " + c);
            assertEquals(0, c.falseAlerts(), c.clip() + ": no alert while upright " + c);
            slumps += c.slumps();
        }
        assertTrue(slumps >= 3, "the desk clips have slumps to find: " + slumps);
    }
}
