package org.formcoach.capture;

import java.time.Duration;

/** Exponential back-off between reconnection attempts: {@code initial}, doubled each time, capped. */
public record Backoff(Duration initial, Duration max) {

    /** 0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s, ... */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("invalid back-off " + initial + " .. " + max);
        }
    }

    /** The wait after {@code current}. */
    public Duration next(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
