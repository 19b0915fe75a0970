package org.formcoach.capture;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/** A clockwise quarter-turn rotation applied to decoded frames (phone videos store it as metadata). */
public enum Rotation {
    NONE(0),
    CW_90(90),
    CW_180(180),
    CW_270(270);

    private final int degrees;

    Rotation(int degrees) {
        this.degrees = degrees;
    }

    public int degrees() {
        return degrees;
    }

    /** The rotation nearest to {@code clockwiseDegrees} (any angle, negative = counter-clockwise). */
    public static Rotation ofClockwiseDegrees(double clockwiseDegrees) {
        if (Double.isNaN(clockwiseDegrees)) {
            return NONE;
        }
        long quarterTurns = Math.round(clockwiseDegrees / 90.0);
        return values()[(int) Math.floorMod(quarterTurns, 4L)];
    }

    /** Whether the frame's width and height trade places. */
    public boolean swapsSides() {
        return this == CW_90 || this == CW_270;
    }

    /**
     * Writes {@code source}, rotated (or copied, for {@link #NONE}), into {@code target}; nothing is
     * allocated when the target already has the rotated size and type.
     */
    public void apply(Mat source, Mat target) {
        switch (this) {
            case NONE -> source.copyTo(target);
            case CW_90 -> Core.rotate(source, target, Core.ROTATE_90_CLOCKWISE);
            case CW_180 -> Core.rotate(source, target, Core.ROTATE_180);
            case CW_270 -> Core.rotate(source, target, Core.ROTATE_90_COUNTERCLOCKWISE);
            default -> throw new AssertionError(this);
        }
    }
}
