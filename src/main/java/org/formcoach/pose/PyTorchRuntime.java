package org.formcoach.pose;

/**
 * Process-wide settings of DJL's PyTorch engine. They are read once, when the engine first loads,
 * so {@link #configure} must run before the first model is loaded; later calls with other values
 * have no effect and say so.
 */
public final class PyTorchRuntime {

    /**
     * Intra-op threads for inference from a camera (the window, record, desk mode). One thread: on
     * a 2-core laptop the capture, decode and UI threads need the other core, and libtorch with 2
     * threads collapses (median 17 ms to hundreds) as soon as another process competes for a core;
     * with one, both models keep up with a 640×480 camera at 30 fps (Thunder INT8: 2.8 % dropped,
     * p95 64 ms from capture to result). docs/BENCHMARKS.md has the measurements.
     */
    public static final int DEFAULT_THREADS = 1;

    /**
     * Intra-op threads when files are analysed as fast as they go (analyze, eval, pose, a video opened
     * for review): for Lightning one, for Thunder two. Lightning infers a frame faster than the capture
     * thread decodes a 720p H.264 frame, so a second inference thread only competes with the decoder
     * (720p at 2.57–2.78× real time with one thread against 1.82–2.57× with two, INT8; FP32 1.79–2.02×
     * against 1.62×); Thunder is bound by inference and gains from the second core (INT8 1.46–1.67×
     * against 1.36–1.49×, FP32 0.85–0.95× against 0.66–0.73×). docs/BENCHMARKS.md, "Threads per mode".
     */
    public static int fileThreads(MoveNetModel model) {
        return switch (model) {
            case LIGHTNING -> 1;
            case THUNDER -> 2;
        };
    }

    private static final Object LOCK = new Object();
    private static Integer configuredThreads;
    private static boolean engineLoaded;

    private PyTorchRuntime() {
    }

    /** Offline mode and the thread counts; idempotent. Returns the thread count in force. */
    public static int configure(int threads) {
        synchronized (LOCK) {
            if (configuredThreads == null) {
                // Everything FormCoach needs ships in its jars: DJL must never try the network.
                System.setProperty("ai.djl.offline", "true");
                System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
                System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
                // The profiling JIT executor re-optimises the graph during the first calls, making
                // them seconds slow; the frozen model is already optimised.
                if (System.getProperty("ai.djl.pytorch.graph_optimizer") == null) {
                    System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
                }
                configuredThreads = threads;
            }
            return configuredThreads;
        }
    }

    /**
     * Unpacks (or checks) libtorch and loads DJL's PyTorch engine, once per process, so that a
     * runtime problem is reported as one and not as a broken model file.
     *
     * @throws RuntimeLoadException naming libtorch's folder and the fix
     */
    public static void loadEngine() {
        synchronized (LOCK) {
            if (engineLoaded) {
                return;
            }
            java.util.Optional<LibTorchCache> cache = LibTorchCache.system();
            cache.ifPresent(LibTorchCache::prepare);
            try {
                ai.djl.engine.Engine.getEngine("PyTorch");
            } catch (RuntimeException | LinkageError e) {
                String where = cache.map(c -> " in " + c.folder()).orElse("");
                String fix = cache.map(c -> ": delete the folder " + c.folder() + " and start FormCoach again; it is"
                        + " unpacked anew from FormCoach's own files.").orElse(".");
                throw new RuntimeLoadException("The PyTorch runtime" + where + " cannot be loaded ("
                        + rootMessage(e) + ")" + fix, e);
            }
            engineLoaded = true;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m).trim();
    }

    /** {@link #DEFAULT_THREADS}, unless {@code -Dformcoach.threads=N} says otherwise. */
    public static int configureDefault() {
        return configure(threadsFor(DEFAULT_THREADS));
    }

    /** The thread count for a mode whose default is {@code modeDefault}: {@code -Dformcoach.threads=N} wins. */
    public static int threadsFor(int modeDefault) {
        return Integer.getInteger("formcoach.threads", modeDefault);
    }
}
