package org.formcoach.capture;

/**
 * Loads the OpenCV native library bundled in the {@code org.openpnp:opencv} jar, once per process.
 * Every class of this package that touches OpenCV calls {@link #ensureLoaded()} first; calling it
 * again is cheap and safe from any thread.
 */
public final class OpenCvLoader {

    private OpenCvLoader() {
    }

    /** Loads OpenCV if it is not loaded yet. */
    public static void ensureLoaded() {
        Holder.touch();
    }

    /** Initialisation-on-demand holder: the JVM runs the static block exactly once, thread-safely. */
    private static final class Holder {
        static {
            nu.pattern.OpenCV.loadLocally();
        }

        static void touch() {
            // the class initialiser above has run by the time this returns
        }
    }
}
