package org.formcoach.capture;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capture thread: reads a {@link FrameSource} and puts its frames into a {@link FrameChannel}
 * (the mailbox for live sources, a blocking queue for files; see {@link FrameChannel#forSource}).
 * Can be paused, resumed and stopped at any moment, also while it waits on a full queue. When the
 * thread ends, for whatever reason, it closes the source (releasing the camera or file) and
 * finishes the channel. Counters and state are readable from any thread.
 */
public final class CaptureLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);

    private final FrameSource source;
    private final FrameChannel channel;
    private final Thread thread;
    private final Object pauseLock = new Object();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicLong framesRead = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final AtomicReference<CaptureState> state = new AtomicReference<>(CaptureState.STARTING);
    private final AtomicReference<String> lastFault = new AtomicReference<>("");
    private final AtomicReference<CaptureOutcome> outcome = new AtomicReference<>();
    /** Frames of a file skipped as damaged, by index; written by the capture thread only. */
    private final java.util.List<Long> skippedFrames = new java.util.ArrayList<>();
    private volatile boolean paused;
    private volatile boolean stopRequested;

    private CaptureLoop(FrameSource source, FrameChannel channel, String threadName) {
        this.source = source;
        this.channel = channel;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    /** Starts a capture thread reading {@code source} into {@code channel}; the loop owns the source. */
    public static CaptureLoop start(FrameSource source, FrameChannel channel) {
        CaptureLoop loop = new CaptureLoop(source, channel, "capture " + source.info().description());
        loop.thread.start();
        return loop;
    }

    /** Stops reading until {@link #resume()}; the source stays open. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    /**
     * Stops the thread (interrupting a wait on a full queue, a pause or a reconnection back-off)
     * and waits up to {@code timeout} for it to release the source.
     *
     * @return whether the thread has ended (false only if the source is stuck in a native read)
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        stopRequested = true;
        resume();
        thread.interrupt();
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits up to {@code timeout} for the loop to end by itself (a file read to its end). */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The counters now. */
    public CaptureStats stats() {
        return new CaptureStats(framesRead.get(), channel.dropped(), faults.get(), state.get(), lastFault.get());
    }

    /** How the capture ended; empty while it runs. */
    public Optional<CaptureOutcome> outcome() {
        return Optional.ofNullable(outcome.get());
    }

    /** Stops the loop, waiting up to 5 s. */
    @Override
    public void close() {
        try {
            stop(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        String description = source.info().description();
        CaptureOutcome result;
        try {
            result = readUntilEnd(description);
        } catch (InterruptedException e) {
            result = stopped();
        } catch (RuntimeException e) {
            LOG.error("capture from {} failed", description, e);
            result = new CaptureOutcome(CaptureOutcome.Reason.FAILED, framesRead.get(), Optional.empty(),
                    description + ": reading failed: " + e.getMessage(), skippedFrames);
        } finally {
            source.close();
            channel.finish();
        }
        outcome.set(result);
        state.set(CaptureState.ENDED);
        ended.countDown();
    }

    private CaptureOutcome readUntilEnd(String description) throws InterruptedException {
        state.set(CaptureState.RUNNING);
        while (true) {
            waitWhilePaused();
            if (stopRequested) {
                return stopped();
            }
            ReadResult result = source.read();
            if (result instanceof ReadResult.FrameRead read) {
                framesRead.incrementAndGet();
                state.set(CaptureState.RUNNING);
                channel.put(read.frame());
            } else if (result instanceof ReadResult.Fault fault) {
                faults.incrementAndGet();
                lastFault.set(fault.message());
                fault.frameIndex().ifPresent(skippedFrames::add);
                state.set(fault.kind() == FaultKind.CAMERA_LOST ? CaptureState.CAMERA_LOST : CaptureState.RUNNING);
            } else if (result instanceof ReadResult.End) {
                return new CaptureOutcome(CaptureOutcome.Reason.END_OF_STREAM, framesRead.get(), Optional.empty(),
                        description + ": read to the end, " + framesRead.get() + " frames", skippedFrames);
            } else if (result instanceof ReadResult.Damaged damaged) {
                return new CaptureOutcome(CaptureOutcome.Reason.DAMAGED, framesRead.get(), Optional.of(damaged),
                        damaged.describe(description), skippedFrames);
            }
        }
    }

    private void waitWhilePaused() throws InterruptedException {
        synchronized (pauseLock) {
            while (paused && !stopRequested) {
                state.set(CaptureState.PAUSED);
                pauseLock.wait();
            }
        }
    }

    private CaptureOutcome stopped() {
        return new CaptureOutcome(CaptureOutcome.Reason.STOPPED, framesRead.get(), Optional.empty(),
                source.info().description() + ": stopped after " + framesRead.get() + " frames", skippedFrames);
    }
}
