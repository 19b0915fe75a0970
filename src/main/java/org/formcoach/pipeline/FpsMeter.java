package org.formcoach.pipeline;

import java.util.ArrayDeque;

/** Events per second over a sliding window of wall-clock time; thread-safe. */
final class FpsMeter {

    private static final long WINDOW_NANOS = 2_000_000_000L;
    private final ArrayDeque<Long> ticks = new ArrayDeque<>();

    synchronized void tick(long nowNanos) {
        ticks.addLast(nowNanos);
        while (!ticks.isEmpty() && nowNanos - ticks.peekFirst() > WINDOW_NANOS) {
            ticks.removeFirst();
        }
    }

    synchronized double perSecond() {
        if (ticks.size() < 2) {
            return 0;
        }
        long span = ticks.peekLast() - ticks.peekFirst();
        return span <= 0 ? 0 : (ticks.size() - 1) * 1e9 / span;
    }
}
