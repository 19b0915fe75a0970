package org.formcoach.body;

import java.util.Locale;

/**
 * The camera's view of the person. In {@link #LEFT_SIDE} the person's left side faces the camera,
 * so they face the image's left; in {@link #RIGHT_SIDE} they face the image's right. The
 * three-quarter views lie between the front and a side: the named side is turned toward the camera.
 */
public enum View {
    FRONT, LEFT_THREE_QUARTER, RIGHT_THREE_QUARTER, LEFT_SIDE, RIGHT_SIDE, UNKNOWN;

    /** A pure side view. */
    public boolean isSide() {
        return this == LEFT_SIDE || this == RIGHT_SIDE;
    }

    public boolean isThreeQuarter() {
        return this == LEFT_THREE_QUARTER || this == RIGHT_THREE_QUARTER;
    }

    /** A side or three-quarter view: one side of the body is nearer the camera than the other. */
    public boolean hasNearSide() {
        return isSide() || isThreeQuarter();
    }

    /** Whether the person's right side is the one nearer the camera. */
    public boolean rightIsNear() {
        return this == RIGHT_SIDE || this == RIGHT_THREE_QUARTER;
    }

    /**
     * +1 when the person's forward direction points along the image's +x, -1 along -x, 0 for the
     * front view. A three-quarter view faces partly toward the camera and partly sideways; the sign
     * is the sideways part.
     */
    public int forwardSign() {
        return switch (this) {
            case RIGHT_SIDE, RIGHT_THREE_QUARTER -> 1;
            case LEFT_SIDE, LEFT_THREE_QUARTER -> -1;
            case FRONT, UNKNOWN -> 0;
        };
    }

    /** Front, three-quarter or side, whichever side is near; null for {@link #UNKNOWN}. */
    public ViewFamily family() {
        return switch (this) {
            case FRONT -> ViewFamily.FRONT;
            case LEFT_THREE_QUARTER, RIGHT_THREE_QUARTER -> ViewFamily.THREE_QUARTER;
            case LEFT_SIDE, RIGHT_SIDE -> ViewFamily.SIDE;
            case UNKNOWN -> null;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How it reads in a sentence: "from the front", "from the side", "at three-quarter". */
    public String phrase() {
        return switch (this) {
            case FRONT -> "from the front";
            case LEFT_SIDE, RIGHT_SIDE -> "from the side";
            case LEFT_THREE_QUARTER, RIGHT_THREE_QUARTER -> "at a three-quarter angle";
            case UNKNOWN -> "from here";
        };
    }
}
