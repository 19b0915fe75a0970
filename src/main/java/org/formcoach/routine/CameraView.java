package org.formcoach.routine;

/** The camera view an exercise needs. */
public enum CameraView {
    FRONT, SIDE, ANY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
