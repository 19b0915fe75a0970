package org.formcoach.app.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CaptureState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.ExerciseProgram;
import org.formcoach.pipeline.PipelineResult;
import org.formcoach.pipeline.PipelineStatus;

/**
 * An engine the test drives by hand: every {@link #start} is recorded as a {@link Feed} through
 * which the test hands frames to the session's sink, as the inference thread would. A start can be
 * made to fail with {@link #failNextWith}.
 */
final class ScriptedEngine implements CoachEngine {

    final List<Feed> feeds = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Feed> started = new LinkedBlockingQueue<>();
    private volatile RuntimeException nextFailure;
    volatile boolean closed;
    /** The cameras it reports; none for a computer without a camera. */
    volatile List<CameraDevice> cameras = List.of(new CameraDevice(0, "/dev/video0", "scripted"));

    /** One started session. */
    static final class Feed implements Running {
        final Request request;
        final CoachSink sink;
        volatile ExerciseProgram program;
        volatile boolean paused;
        volatile boolean stopped;
        private long index;

        Feed(Request request, ExerciseProgram first, CoachSink sink) {
            this.request = request;
            this.program = first;
            this.sink = sink;
        }

        /** Evaluates nothing: hands the sink a frame made from the current program's exercise id. */
        synchronized CoachFrame frame(Function<String, CoachFrame> make) {
            CoachFrame f = make.apply(program.exercise().id());
            CoachFrame indexed = new CoachFrame(index++, f.timestampNanos(), f.imageWidth(), f.imageHeight(),
                    f.pose(), f.exerciseId(), f.set(), f.form(), f.timings());
            sink.onFrame(indexed, null);
            return indexed;
        }

        void status(String message) {
            sink.onStatus(new PipelineStatus(CaptureState.RUNNING, message, index, index, 0, 15));
        }

        void finish() {
            sink.onFinished(new PipelineResult(null, index, 0, Optional.empty()));
        }

        void finish(PipelineResult result) {
            sink.onFinished(result);
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
        public void switchExercise(ExerciseProgram p) {
            program = p;
        }

        @Override
        public PipelineStatus status() {
            return new PipelineStatus(CaptureState.RUNNING, "", index, index, 0, 15);
        }

        @Override
        public void close() {
            stopped = true;
        }
    }

    void failNextWith(RuntimeException e) {
        nextFailure = e;
    }

    /** The next session started, waiting up to 5 s. */
    Feed nextStart() throws InterruptedException {
        Feed f = started.poll(5, TimeUnit.SECONDS);
        if (f == null) {
            throw new AssertionError("no session was started");
        }
        return f;
    }

    boolean startedAny() {
        return !started.isEmpty();
    }

    @Override
    public Running start(Request request, ExerciseProgram first, CoachSink sink) {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
        Feed feed = new Feed(request, first, sink);
        feeds.add(feed);
        started.add(feed);
        return feed;
    }

    @Override
    public List<CameraDevice> cameras() {
        return cameras;
    }

    @Override
    public void close() {
        closed = true;
    }
}
