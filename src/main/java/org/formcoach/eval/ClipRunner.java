package org.formcoach.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.formcoach.capture.CaptureException;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.FrameSource;
import org.formcoach.bench.ReplaySource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.SourceInfo;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pose.PoseEstimator;
import org.formcoach.report.AnalysisReport;
import org.formcoach.report.ReportBuilder;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;
import org.formcoach.rule.RuleSpec;

/**
 * Runs labelled clips through the coaching pipeline exactly as {@code formcoach analyze} does (file
 * source, bounded hand-off, crop tracking, smoothing, form engine, report) and scores each.
 */
public final class ClipRunner {

    private final PoseEstimator estimator;
    private final Catalog catalog;
    private final String model;
    private final boolean asCamera;

    public ClipRunner(PoseEstimator estimator, Catalog catalog, String model) {
        this(estimator, catalog, model, false);
    }

    private ClipRunner(PoseEstimator estimator, Catalog catalog, String model, boolean asCamera) {
        this.estimator = estimator;
        this.catalog = catalog;
        this.model = model;
        this.asCamera = asCamera;
    }

    /**
     * This runner, playing each clip as a camera would deliver it (in real time, at the exercise's
     * own frame rate where it has one) instead of reading every frame as a file.
     */
    public ClipRunner asCamera() {
        return new ClipRunner(estimator, catalog, model, true);
    }

    /** A clip that could not be evaluated: one line saying why. */
    public static final class Failed extends Exception {
        public Failed(String message) {
            super(message);
        }
    }

    /** The exercise as the clip is judged: its own, or with the clip's shorter sustain time. */
    public Exercise exerciseFor(ClipLabel label) throws Failed {
        Exercise exercise = catalog.exercise(label.exercise()).orElseThrow(() -> new Failed(label.clip()
                + ": no exercise '" + label.exercise() + "' (known: " + String.join(", ", catalog.exercises().keySet())
                + ")"));
        if (label.after() != null) {
            for (RuleSpec r : exercise.rules()) {
                exercise = exercise.withRule(r.withAfterSeconds(label.after()));
            }
        }
        return exercise;
    }

    /** Analyses one clip; {@code progress} (may be null) makes a sink that sees every frame of the source. */
    public AnalysisReport analyze(Path dir, ClipLabel label, Function<SourceInfo, CoachSink> progress) throws Failed {
        Exercise exercise = exerciseFor(label);
        Path file = dir.resolve(label.clip());
        FrameSource source;
        try {
            source = FrameSources.openPath(file, CaptureRequest.DEFAULT);
            if (asCamera) {
                // the clip once, delivered as a camera delivers it: in real time, newest frame wins
                java.util.OptionalLong frames = source.info().frameCount();
                source.close();
                if (frames.isEmpty()) {
                    throw new Failed(file + ": its frame count is unknown, so it cannot be played as a camera");
                }
                source = ReplaySource.live(file, frames.getAsLong());
            }
        } catch (CaptureException e) {
            throw new Failed(file + ": " + e.getMessage());
        }
        ReportBuilder report = new ReportBuilder(file.toString(), exercise.id(), model, false);
        if (asCamera) {
            report.timesFromFirstFrame();  // the clip's time, as the labels give it
        }
        List<CoachSink> sinks = new ArrayList<>(List.of(report));
        if (progress != null) {
            sinks.add(progress.apply(source.info()));
        }
        FrameAnalyzer analyzer = FrameAnalyzer.withDefaults(estimator, ExerciseProgram.of(exercise));
        try (CoachPipeline pipeline = CoachPipeline.start(source, analyzer, sinks)) {
            pipeline.awaitEnd(Duration.ofHours(1)).orElseThrow(() -> new Failed(file + ": the analysis did not end"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(file + ": interrupted");
        }
        AnalysisReport built = report.build(false);
        if (built.stoppedEarly() != null) {
            throw new Failed(file + ": " + built.stoppedEarly());
        }
        return built;
    }

    public ClipScore score(Path dir, ClipLabel label, Function<SourceInfo, CoachSink> progress) throws Failed {
        return Scorer.score(label, exerciseFor(label), analyze(dir, label, progress));
    }

    public String model() {
        return model;
    }
}
