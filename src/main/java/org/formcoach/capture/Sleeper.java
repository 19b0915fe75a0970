package org.formcoach.capture;

import java.time.Duration;

/** Waits; injectable so tests of back-off and stalls do not really sleep. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep}; an interrupt ends the wait early. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
