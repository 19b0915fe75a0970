package org.formcoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.formcoach.capture.Backoff;
import org.formcoach.capture.CaptureOutcome;
import org.formcoach.capture.FaultInjectingSource;
import org.formcoach.capture.FrameSources;
import org.formcoach.capture.MatHandle;
import org.formcoach.capture.CaptureRequest;
import org.formcoach.capture.PhotoSource;
import org.formcoach.capture.ReconnectingSource;
import org.formcoach.capture.Sleeper;
import org.formcoach.form.TrackerState;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.testing.TestModels;
import org.formcoach.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** The threaded pipeline with the real model and form engine, on sources made from real photographs. */
class CoachPipelineTest {

    private static final Catalog CATALOG = new RoutineLoader().load(Path.of("routines"));

    @TempDir
    Path tmp;

    /** Collects what the sinks see. */
    static final class Collector implements CoachSink {
        final List<CoachFrame> frames = new CopyOnWriteArrayList<>();
        final List<PipelineStatus> statuses = new CopyOnWriteArrayList<>();
        volatile PipelineResult result;

        @Override
        public void onFrame(CoachFrame frame, Mat image) {
            assertFalse(image.empty());
            frames.add(frame);
        }

        @Override
        public void onStatus(PipelineStatus status) {
            statuses.add(status);
        }

        @Override
        public void onFinished(PipelineResult r) {
            result = r;
        }

        void awaitFrames(int n, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (frames.size() < n && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertTrue(frames.size() >= n, "expected " + n + " frames within " + timeout + ", got " + frames.size());
        }
    }

    private static FrameAnalyzer analyzer(String exercise) {
        return FrameAnalyzer.withDefaults(TestModels.get(MoveNetModel.LIGHTNING), program(exercise));
    }

    private static ExerciseProgram program(String exercise) {
        return ExerciseProgram.of(CATALOG.exercise(exercise).orElseThrow());
    }

    @Test
    void aCameraLostMidSessionReconnectsAndTheSessionCarriesOn() throws Exception {
        List<PhotoSource> opened = new ArrayList<>();
        AtomicInteger opens = new AtomicInteger();
        ReconnectingSource camera = ReconnectingSource.open(() -> {
            PhotoSource photos = PhotoSource.live(320, 240);
            opened.add(photos);
            // the first camera is unplugged after 15 frames; the second keeps going
            return opens.getAndIncrement() == 0 ? FaultInjectingSource.wrap(photos).throwAt(15, "device unplugged")
                    : photos;
        }, new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), Sleeper.SYSTEM);
        Collector sink = new Collector();
        try (CoachPipeline pipeline = CoachPipeline.start(camera, analyzer("desk-posture"), List.of(sink))) {
            sink.awaitFrames(30, Duration.ofSeconds(60));
        }
        assertTrue(opens.get() >= 2, "the camera was opened again");
        assertTrue(sink.statuses.stream().anyMatch(s -> s.message().toLowerCase().contains("lost")
                || s.message().contains("unplugged")), "the loss was reported: " + sink.statuses);
        // the same session goes on: one exercise program, its watch clock still running, indices rising
        double previousElapsed = -1;
        long previousIndex = -1;
        for (CoachFrame f : sink.frames) {
            assertTrue(f.index() > previousIndex, "indices keep rising across the reconnection");
            previousIndex = f.index();
            TrackerState.Watch watch = (TrackerState.Watch) f.form().state();
            assertTrue(watch.elapsedSeconds() >= previousElapsed, "the session's clock is not reset");
            previousElapsed = watch.elapsedSeconds();
        }
        assertTrue(sink.frames.get(sink.frames.size() - 1).index() > 15, "frames after the loss were analysed");
        for (PhotoSource p : opened) {
            assertTrue(p.isClosed(), "every camera opened was released");
            assertEquals(0, p.openFrames(), "no frame leaked");
        }
    }

    @Test
    void pauseStopsAnalysisResumeContinuesAndSwitchingTakesEffectOnTheNextFrame() throws Exception {
        PhotoSource camera = PhotoSource.live(320, 240);
        Collector sink = new Collector();
        try (CoachPipeline pipeline = CoachPipeline.start(camera, analyzer("desk-posture"), List.of(sink))) {
            sink.awaitFrames(5, Duration.ofSeconds(60));
            pipeline.pause();
            Thread.sleep(300);
            int atPause = sink.frames.size();
            Thread.sleep(500);
            assertTrue(sink.frames.size() <= atPause + 1, "at most the frame in flight is analysed while paused");
            assertTrue(pipeline.status().state().name().equals("PAUSED"));
            pipeline.switchExercise(program("wall-pushup"));
            pipeline.resume();
            sink.awaitFrames(atPause + 5, Duration.ofSeconds(60));
        }
        assertEquals("desk-posture", sink.frames.get(0).exerciseId());
        assertEquals("wall-pushup", sink.frames.get(sink.frames.size() - 1).exerciseId());
        assertTrue(camera.isClosed(), "stopping released the camera");
        assertEquals(0, camera.openFrames(), "and every frame");
        assertTrue(sink.result != null && sink.result.capture().reason() == CaptureOutcome.Reason.STOPPED);
    }

    @Test
    void aFileIsAnalysedFrameByFrameWithNothingDropped() throws Exception {
        PhotoSource file = PhotoSource.file(40, 320, 240);
        Collector sink = new Collector();
        try (CoachPipeline pipeline = CoachPipeline.start(file, analyzer("desk-posture"), List.of(sink))) {
            assertTrue(pipeline.awaitEnd(Duration.ofSeconds(120)).isPresent());
        }
        assertEquals(40, sink.frames.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i, sink.frames.get(i).index());
            assertTrue(sink.frames.get(i).personInView(), "person in frame " + i);
            assertTrue(sink.frames.get(i).timings().inferenceNanos() > 0);
        }
        assertEquals(0, sink.result.framesDropped());
        assertEquals(CaptureOutcome.Reason.END_OF_STREAM, sink.result.capture().reason());
        assertTrue(file.isClosed());
        assertEquals(0, file.openFrames());
    }

    /**
     * Two people in view (basketball1.png: a man on the left, another on the right): the person coached
     * first is kept, frame after frame, while the camera drifts.
     */
    @Test
    void withSeveralPeopleInViewTheSamePersonIsFollowed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("two-people"));
        try (MatHandle scene = new MatHandle(TestPhotos.read("basketball1.png"))) {
            for (int i = 0; i < 20; i++) {
                Mat shifted = new Mat();
                Mat shift = new Mat(2, 3, org.opencv.core.CvType.CV_64F);
                shift.put(0, 0, 1, 0, i * 3, 0, 1, i);
                Imgproc.warpAffine(scene.mat(), shifted, shift, new Size(640, 480), Imgproc.INTER_LINEAR,
                        org.opencv.core.Core.BORDER_CONSTANT, new Scalar(0, 0, 0));
                Imgcodecs.imwrite(folder.resolve(String.format("f%02d.png", i)).toString(), shifted);
                shifted.release();
                shift.release();
            }
        }
        Collector sink = new Collector();
        try (CoachPipeline pipeline = CoachPipeline.start(FrameSources.openPath(folder, CaptureRequest.DEFAULT),
                analyzer("desk-posture"), List.of(sink))) {
            pipeline.awaitEnd(Duration.ofSeconds(120));
        }
        assertEquals(20, sink.frames.size());
        double firstX = Double.NaN;
        for (CoachFrame f : sink.frames) {
            assertTrue(f.personInView(), "frame " + f.index());
            double x = (f.pose().point(Keypoint.LEFT_SHOULDER).x() + f.pose().point(Keypoint.RIGHT_SHOULDER).x()) / 2;
            if (Double.isNaN(firstX)) {
                firstX = x;
            }
            // the scene moves 3 px a frame; the other person is ~400 px away
            assertEquals(firstX + f.index() * 3, x, 60, "frame " + f.index() + " still on the same person");
        }
    }
}
