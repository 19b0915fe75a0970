package org.formcoach.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.formcoach.capture.CaptureLoop;
import org.formcoach.capture.CaptureOutcome;
import org.formcoach.capture.CaptureState;
import org.formcoach.capture.CaptureStats;
import org.formcoach.capture.Frame;
import org.formcoach.capture.FrameChannel;
import org.formcoach.capture.FrameSource;
import org.formcoach.capture.SourceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline: a capture thread feeding a hand-off (newest-wins mailbox for cameras, a
 * bounded queue for files, where no frame is dropped) and an inference thread that runs every frame
 * through a {@link FrameAnalyzer} and hands the result to the sinks. The GUI and the headless
 * analysis start the same class; only the source and the sinks differ.
 *
 * <p>Pause, resume, stop and switching the exercise are safe from any thread at any moment.
 * Stopping (or reaching the end of a file) releases the source, every queued frame and the
 * inference thread; the estimator belongs to the caller, who closes it.
 */
public final class CoachPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoachPipeline.class);
    /** Frames a file may read ahead of inference: enough to hide decode jitter, small in memory. */
    public static final int FILE_QUEUE_CAPACITY = 8;
    private static final Duration POLL = Duration.ofMillis(50);
    private static final long STATUS_INTERVAL_NANOS = 250_000_000L;

    private final SourceInfo sourceInfo;
    private final FrameChannel channel;
    private final CaptureLoop capture;
    private final FrameAnalyzer analyzer;
    private final List<CoachSink> sinks;
    private final Thread inference;
    private final ConcurrentLinkedQueue<ExerciseProgram> pendingPrograms = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicLong analysed = new AtomicLong();
    private final AtomicReference<PipelineResult> result = new AtomicReference<>();
    private final FpsMeter fps = new FpsMeter();
    private final Pacing pacing;
    /** Camera frames left out on purpose: the exercise needs fewer a second (not drops). */
    private final AtomicLong skipped = new AtomicLong();
    private long lastAnalysedAt = Long.MIN_VALUE;
    private volatile boolean stopRequested;
    private volatile boolean paused;

    /** Whether a camera's frames are analysed at the exercise's own rate or every one (to measure). */
    public enum Pacing {
        EXERCISE, EVERY_FRAME
    }

    private CoachPipeline(FrameSource source, FrameAnalyzer analyzer, List<CoachSink> sinks, Pacing pacing) {
        this.pacing = pacing;
        this.sourceInfo = source.info();
        this.channel = FrameChannel.forSource(sourceInfo, FILE_QUEUE_CAPACITY);
        this.analyzer = analyzer;
        this.sinks = List.copyOf(sinks);
        this.capture = CaptureLoop.start(source, channel);
        this.inference = new Thread(this::runInference, "inference");
        this.inference.setDaemon(true);
        this.inference.start();
    }

    /** Starts reading {@code source} (the pipeline owns and closes it) through {@code analyzer} into the sinks. */
    public static CoachPipeline start(FrameSource source, FrameAnalyzer analyzer, List<CoachSink> sinks) {
        return new CoachPipeline(source, analyzer, sinks, Pacing.EXERCISE);
    }

    /** As {@link #start(FrameSource, FrameAnalyzer, List)}, choosing the {@link Pacing}. */
    public static CoachPipeline start(FrameSource source, FrameAnalyzer analyzer, List<CoachSink> sinks,
            Pacing pacing) {
        return new CoachPipeline(source, analyzer, sinks, pacing);
    }

    /** Camera frames not analysed because the exercise needs fewer a second. */
    public long framesSkipped() {
        return skipped.get();
    }

    public SourceInfo sourceInfo() {
        return sourceInfo;
    }

    public void pause() {
        paused = true;
        capture.pause();
    }

    public void resume() {
        paused = false;
        capture.resume();
    }

    public boolean isPaused() {
        return paused;
    }

    /** Evaluates {@code program} from the next frame on. */
    public void switchExercise(ExerciseProgram program) {
        pendingPrograms.add(program);
    }

    /** Stops capture and inference and waits for both to release what they hold. */
    public void stop() {
        stopRequested = true;
        try {
            capture.stop(Duration.ofSeconds(5));
            inference.interrupt();
            inference.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@code timeout} for the run to end (a file read to its end, or a stop). */
    public Optional<PipelineResult> awaitEnd(Duration timeout) throws InterruptedException {
        finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return Optional.ofNullable(result.get());
    }

    public PipelineStatus status() {
        CaptureStats c = capture.stats();
        CaptureState state = paused && c.state() != CaptureState.ENDED ? CaptureState.PAUSED : c.state();
        return new PipelineStatus(state, c.lastFault(), c.framesRead(), analysed.get(), channel.dropped(),
                fps.perSecond());
    }

    @Override
    public void close() {
        stop();
    }

    private void runInference() {
        String failure = null;
        long lastStatus = 0;
        CaptureState lastState = null;
        try {
            while (!stopRequested) {
                ExerciseProgram next;
                while ((next = pendingPrograms.poll()) != null) {
                    analyzer.switchProgram(next);
                }
                long now = System.nanoTime();
                PipelineStatus status = status();
                if (status.state() != lastState || now - lastStatus > STATUS_INTERVAL_NANOS) {
                    lastState = status.state();
                    lastStatus = now;
                    for (CoachSink sink : sinks) {
                        sink.onStatus(status);
                    }
                }
                Optional<Frame> polled = channel.poll(POLL);
                if (polled.isEmpty()) {
                    if (channel.isDrained()) {
                        break;  // the capture thread finished and everything it read was analysed
                    }
                    continue;
                }
                try (Frame frame = polled.get()) {
                    if (paced(frame.timestampNanos())) {
                        skipped.incrementAndGet();
                        continue;
                    }
                    long queue = sourceInfo.isLive() ? Math.max(0, System.nanoTime() - frame.timestampNanos()) : 0;
                    CoachFrame coached = analyzer.analyze(frame, queue);
                    analysed.incrementAndGet();
                    fps.tick(System.nanoTime());
                    for (CoachSink sink : sinks) {
                        sink.onFrame(coached, frame.image());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the inference thread stopped", e);
            failure = "analysis stopped: " + e.getMessage();
        } finally {
            finish(failure);
        }
    }

    /**
     * Whether a camera frame taken at {@code t} is left out because the exercise needs fewer frames
     * a second. Files are analysed frame by frame, so that an analysis is the same on every machine.
     */
    private boolean paced(long t) {
        double perSecond = analyzer.program().framesPerSecond();
        if (pacing == Pacing.EVERY_FRAME || perSecond <= 0 || !sourceInfo.isLive()) {
            return false;
        }
        // a tenth of the gap as slack, so that a camera's jitter does not skip one frame too many
        long gap = (long) (0.9e9 / perSecond);
        if (lastAnalysedAt != Long.MIN_VALUE && t - lastAnalysedAt < gap && t >= lastAnalysedAt) {
            return true;
        }
        lastAnalysedAt = t;
        return false;
    }

    private void finish(String failure) {
        try {
            if (!stopRequested) {
                capture.stop(Duration.ofSeconds(5));
            } else {
                capture.awaitEnd(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
        CaptureOutcome outcome = capture.outcome().orElseGet(() ->
                new CaptureOutcome(CaptureOutcome.Reason.STOPPED, capture.stats().framesRead(), Optional.empty(),
                        "stopped"));
        PipelineResult r = new PipelineResult(outcome, analysed.get(), channel.dropped(), Optional.ofNullable(failure));
        result.set(r);
        for (CoachSink sink : sinks) {
            try {
                sink.onStatus(status());
                sink.onFinished(r);
            } catch (RuntimeException e) {
                LOG.warn("a sink failed at the end of the run", e);
            }
        }
        finished.countDown();
    }
}
