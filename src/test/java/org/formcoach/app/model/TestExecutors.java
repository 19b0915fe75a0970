package org.formcoach.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The "ui" and "background" threads of a controller under test. */
final class TestExecutors {

    private TestExecutors() {
    }

    /**
     * One thread named {@code name}. Work handed to it after the test shut it down is dropped, as
     * the JavaFX platform drops it after it exits: a late task must not fail some later test.
     */
    static ExecutorService single(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, name), new ThreadPoolExecutor.DiscardPolicy());
    }
}
