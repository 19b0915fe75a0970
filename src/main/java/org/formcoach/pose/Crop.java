package org.formcoach.pose;

/**
 * The square region of the source image (in source pixels) that was scaled into the model input.
 * It may extend past the image borders; the part outside is filled with black.
 */
public record Crop(double x, double y, double size) {

    public static Crop wholeImage(int width, int height) {
        int side = Math.max(width, height);
        // centre the image inside the square, as a letterbox does
        return new Crop((width - side) / 2.0, (height - side) / 2.0, side);
    }

    public double centerX() {
        return x + size / 2.0;
    }

    public double centerY() {
        return y + size / 2.0;
    }
}
