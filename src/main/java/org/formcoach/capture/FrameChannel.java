package org.formcoach.capture;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hand-off from the capture thread to the inference thread, in one of two shapes:
 * <ul>
 *   <li>{@link #latestOnly()}, the mailbox for live sources: one slot, a new frame replaces
 *       (and closes) an older one nobody took, and the drop is counted. Capture never waits for
 *       inference.</li>
 *   <li>{@link #bounded(int)}, for files: a queue that blocks the producer when full; nothing is
 *       ever dropped.</li>
 * </ul>
 * Frames put in belong to the channel until taken; frames taken belong to the taker.
 * The producer calls {@link #finish()} when it has no more; the consumer takes until
 * {@link #poll} says the channel is drained, and {@link #close()}s it, which releases any frame
 * still inside. Thread-safe.
 */
public final class FrameChannel implements AutoCloseable {

    private final int capacity;
    private final boolean dropOldest;
    private final ArrayDeque<Frame> frames;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private long dropped;
    private boolean finished;
    private boolean closed;

    private FrameChannel(int capacity, boolean dropOldest) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.dropOldest = dropOldest;
        this.frames = new ArrayDeque<>(capacity);
    }

    /** A mailbox of one where the newest frame wins (live sources). */
    public static FrameChannel latestOnly() {
        return new FrameChannel(1, true);
    }

    /** A queue of {@code capacity} frames that makes the producer wait when full (files). */
    public static FrameChannel bounded(int capacity) {
        return new FrameChannel(capacity, false);
    }

    /** The channel a source needs: the mailbox if it is live, else a queue of {@code queueCapacity}. */
    public static FrameChannel forSource(SourceInfo info, int queueCapacity) {
        return info.isLive() ? latestOnly() : bounded(queueCapacity);
    }

    /** Whether this channel drops old frames instead of waiting. */
    public boolean dropsOldest() {
        return dropOldest;
    }

    /**
     * Hands {@code frame} over; the channel owns it from now on, whatever happens. The mailbox
     * never waits; the queue waits while full. A frame put after {@link #finish()} or
     * {@link #close()} is released at once.
     *
     * @throws InterruptedException if interrupted while waiting (the frame is released)
     */
    public void put(Frame frame) throws InterruptedException {
        lock.lock();
        try {
            while (!dropOldest && frames.size() >= capacity && !closed && !finished) {
                notFull.await();
            }
            if (closed || finished) {
                frame.close();
                return;
            }
            if (frames.size() >= capacity) {
                frames.removeFirst().close();
                dropped++;
            }
            frames.addLast(frame);
            notEmpty.signal();
        } catch (InterruptedException e) {
            frame.close();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest frame, waiting up to {@code timeout}. Empty if none came in time, or if the
     * channel is finished and drained (see {@link #isDrained()}), or closed.
     */
    public Optional<Frame> poll(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (frames.isEmpty() && !finished && !closed) {
                if (nanos <= 0) {
                    return Optional.empty();
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            Frame frame = frames.pollFirst();
            if (frame != null) {
                notFull.signal();
            }
            return Optional.ofNullable(frame);
        } finally {
            lock.unlock();
        }
    }

    /** The producer has no more frames; those inside can still be taken. */
    public void finish() {
        lock.lock();
        try {
            finished = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the producer finished (or the channel was closed) and no frame is left to take. */
    public boolean isDrained() {
        lock.lock();
        try {
            return (finished || closed) && frames.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Frames the mailbox replaced before anyone took them (always 0 for a queue). */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Releases every frame still inside; later puts release their frame at once. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            frames.forEach(Frame::close);
            frames.clear();
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
