package org.formcoach.capture;

/** Loads OpenCV's native library (bundled in the openpnp jar) once per process. */
public final class OpenCvLoader {

    private static final Object LOCK = new Object();
    private static volatile boolean loaded;

    private OpenCvLoader() {
    }

    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (LOCK) {
            if (!loaded) {
                nu.pattern.OpenCV.loadLocally();
                loaded = true;
            }
        }
    }
}
