package org.formcoach.form;

/**
 * The camera's view of the person. In {@link #LEFT_SIDE} the person's left side faces the camera,
 * so they face the image's left; in {@link #RIGHT_SIDE} they face the image's right.
 */
public enum View {
    FRONT, LEFT_SIDE, RIGHT_SIDE, UNKNOWN;

    public boolean isSide() {
        return this == LEFT_SIDE || this == RIGHT_SIDE;
    }

    /** +1 when the person's forward direction is the image's +x, -1 when it is -x, 0 otherwise. */
    public int forwardSign() {
        return this == RIGHT_SIDE ? 1 : this == LEFT_SIDE ? -1 : 0;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
