package org.formcoach.app.model;

/**
 * Where an image of {@code imageWidth}×{@code imageHeight} pixels lands when fitted into a canvas
 * (whole image visible, aspect kept, centred), optionally mirrored left–right. Every point drawn
 * over the image goes through {@link #x} and {@link #y}, so the overlay is mirrored exactly like the
 * image while text drawn at those points stays readable.
 */
public record ImageFit(double scale, double offsetX, double offsetY, int imageWidth, int imageHeight,
        boolean mirrored) {

    public static ImageFit of(int imageWidth, int imageHeight, double canvasWidth, double canvasHeight,
            boolean mirrored) {
        if (imageWidth <= 0 || imageHeight <= 0 || canvasWidth <= 0 || canvasHeight <= 0) {
            return new ImageFit(0, 0, 0, Math.max(imageWidth, 0), Math.max(imageHeight, 0), mirrored);
        }
        double scale = Math.min(canvasWidth / imageWidth, canvasHeight / imageHeight);
        return new ImageFit(scale, (canvasWidth - imageWidth * scale) / 2, (canvasHeight - imageHeight * scale) / 2,
                imageWidth, imageHeight, mirrored);
    }

    /** Canvas x of image x. */
    public double x(double imageX) {
        return offsetX + scale * (mirrored ? imageWidth - imageX : imageX);
    }

    /** Canvas y of image y. */
    public double y(double imageY) {
        return offsetY + scale * imageY;
    }

    public double width() {
        return imageWidth * scale;
    }

    public double height() {
        return imageHeight * scale;
    }
}
