package org.formcoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import org.formcoach.app.model.CoachEngine;
import java.util.Map;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CameraDirectory;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.ImageFolderSource;
import org.formcoach.capture.StillImageSource;
import org.formcoach.capture.RealTimeSource;
import org.formcoach.pipeline.CoachPipeline;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.FrameAnalyzer;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.pose.ModelDirectory;
import org.formcoach.pose.MoveNetEstimator;
import org.formcoach.pose.MoveNetModel;

/**
 * The real engine: a camera or file through {@link CoachPipeline} with MoveNet. Each model is loaded
 * once, on first use, and kept until the app closes; one session runs at a time, so an estimator
 * is never shared by two inference threads.
 */
public final class PipelineEngine implements CoachEngine {

    /** Frame rate at which a photo is shown. */
    static final double STILL_FPS = 10;

    private final Map<MoveNetModel, MoveNetEstimator> loaded = new EnumMap<>(MoveNetModel.class);

    @Override
    public Running start(Request request, ExerciseProgram first, CoachSink sink) {
        // the source first: a missing file or busy camera is told at once, before the model loads
        FrameSource source = RealTimeSource.wrap(open(request));
        MoveNetEstimator estimator;
        try {
            estimator = estimator(request.model());
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        FrameAnalyzer analyzer = FrameAnalyzer.withDefaults(estimator, first);
        CoachPipeline pipeline = CoachPipeline.start(source, analyzer, List.of(sink));
        return new Running() {
            @Override
            public void pause() {
                pipeline.pause();
            }

            @Override
            public void resume() {
                pipeline.resume();
            }

            @Override
            public void switchExercise(ExerciseProgram program) {
                pipeline.switchExercise(program);
            }

            @Override
            public PipelineStatus status() {
                return pipeline.status();
            }

            @Override
            public double sourceFps() {
                return source.info().nominalFps();
            }

            @Override
            public void close() {
                pipeline.close();
            }
        };
    }

    /** A photo is shown as a still video (see {@link StillImageSource}); anything else as {@link FrameSources} opens it. */
    static FrameSource open(Request request) {
        Path path = Path.of(request.source());
        if (Files.isRegularFile(path) && ImageFolderSource.isImage(path)) {
            return StillImageSource.open(path, STILL_FPS, Long.MAX_VALUE);
        }
        return FrameSources.open(request.source(), request.capture());
    }

    private synchronized MoveNetEstimator estimator(MoveNetModel model) {
        return loaded.computeIfAbsent(model, m -> MoveNetEstimator.load(m, ModelDirectory.resolve()));
    }

    @Override
    public List<CameraDevice> cameras() {
        return CameraDirectory.system().list();
    }

    @Override
    public synchronized void close() {
        loaded.values().forEach(MoveNetEstimator::close);
        loaded.clear();
    }
}
