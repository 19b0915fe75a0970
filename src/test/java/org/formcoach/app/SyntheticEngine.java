package org.formcoach.app;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleFunction;
import org.formcoach.app.model.CoachEngine;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CaptureState;
import org.formcoach.capture.OpenCvLoader;
import org.formcoach.form.FormFrame;
import org.formcoach.form.SyntheticPushups;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;
import org.formcoach.pipeline.StageTimings;
import org.formcoach.pose.Pose;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * A test engine behind the window's {@link CoachEngine} seam. SYNTHETIC: the poses come from the
 * stick-figure generator of the form tests (no camera, no model) and the image is a plain grey
 * picture; everything after the pose is real: the shipped exercise, {@link ExerciseProgram} and the
 * form engine, the window's sink, view models and views. Frames are {@code frameStep} seconds of
 * video time apart and delivered every {@code wallMillis}, so a test runs faster than real time.
 */
final class SyntheticEngine implements CoachEngine {

    private final DoubleFunction<Pose> poseAt;
    private final double frameStep;
    private final long wallMillis;
    private final double seconds;
    private volatile List<CameraDevice> cameras = List.of(new CameraDevice(0, "/dev/video0", "synthetic"));

    /** @param poseAt the pose at a video time in seconds */
    SyntheticEngine(DoubleFunction<Pose> poseAt, double seconds, double frameStep, long wallMillis) {
        this.poseAt = poseAt;
        this.seconds = seconds;
        this.frameStep = frameStep;
        this.wallMillis = wallMillis;
    }

    /** Wall push-ups of 4 s each with a straight body, then ({@code sagFrom} on) hips sagging by 20°. */
    static SyntheticEngine pushupsThenSag(double sagFrom, double seconds) {
        return pushupsThenSag(sagFrom, seconds, 8);
    }

    /** The same, delivering a frame every {@code wallMillis} (67 plays in real time). */
    static SyntheticEngine pushupsThenSag(double sagFrom, double seconds, long wallMillis) {
        Random random = new Random(7);
        return new SyntheticEngine(t -> SyntheticPushups.wallPushup(t < sagFrom ? t : 0.2, 4.0,
                t < sagFrom ? 0 : 20, random), seconds, 1 / 15.0, wallMillis);
    }

    /** The same pose (with fresh noise) for {@code seconds} of video, at 15 frames a second. */
    static SyntheticEngine holding(DoubleFunction<Pose> poseAt, double seconds) {
        return new SyntheticEngine(poseAt, seconds, 1 / 15.0, 8);
    }

    @Override
    public Running start(Request request, ExerciseProgram first, CoachSink sink) {
        return new Feed(first, sink);
    }

    @Override
    public List<CameraDevice> cameras() {
        return cameras;
    }

    /** This engine on a computer without a camera: a camera cannot be found (files still play). */
    SyntheticEngine withoutCameras() {
        cameras = List.of();
        return this;
    }

    @Override
    public void close() {
    }

    private final class Feed implements Running {
        private final CoachSink sink;
        private final Thread thread;
        private final AtomicBoolean stop = new AtomicBoolean();
        private volatile boolean paused;
        private volatile ExerciseProgram next;
        private volatile long analysed;

        Feed(ExerciseProgram first, CoachSink sink) {
            this.sink = sink;
            this.next = first;
            this.thread = new Thread(this::run, "synthetic-feed");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            OpenCvLoader.ensureLoaded();
            Mat grey = new Mat(SyntheticPushups.height(), SyntheticPushups.width(), CvType.CV_8UC3,
                    new Scalar(70, 60, 55));
            ExerciseProgram program = next;
            try {
                long index = 0;
                for (double t = 0; t < seconds && !stop.get(); ) {
                    if (paused) {
                        Thread.sleep(10);
                        continue;
                    }
                    program = next;
                    long nanos = Math.round(t * 1e9);
                    Pose pose = poseAt.apply(t);
                    FormFrame form = program.evaluate(pose, nanos);
                    sink.onFrame(new CoachFrame(index++, nanos, grey.cols(), grey.rows(), pose,
                            program.exercise().id(), program.set(), form,
                            new StageTimings(0, 0, 20_000_000, 0, 0, 0, 25_000_000)), grey);
                    analysed = index;
                    if (index % 10 == 1) {
                        sink.onStatus(status());
                    }
                    t += frameStep;
                    Thread.sleep(wallMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                grey.release();
                sink.onFinished(new PipelineResult(null, analysed, 0, Optional.empty()));
            }
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }

        @Override
        public void switchExercise(ExerciseProgram program) {
            next = program;
        }

        @Override
        public PipelineStatus status() {
            return new PipelineStatus(paused ? CaptureState.PAUSED : CaptureState.RUNNING, "", analysed, analysed, 0,
                    15);
        }

        @Override
        public void close() {
            stop.set(true);
            thread.interrupt();
        }
    }
}
