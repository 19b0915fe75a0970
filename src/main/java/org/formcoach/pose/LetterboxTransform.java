package org.formcoach.pose;

/**
 * How a region of the source image sits inside the square model input, and the way back.
 *
 * <p>The region of interest (ROI: the crop clipped to the image) is scaled to
 * {@code scaledWidth x scaledHeight} and placed at ({@code offsetX}, {@code offsetY}) in the
 * {@code inputSize} square; the rest of the square is black. Coordinates are continuous pixel
 * coordinates (pixel edges at integers), which is how both OpenCV's resize and MoveNet's
 * normalised outputs treat them.
 */
public record LetterboxTransform(int imageWidth, int imageHeight, int roiX, int roiY, int roiWidth, int roiHeight,
                                 int offsetX, int offsetY, int scaledWidth, int scaledHeight,
                                 int inputSize, Crop crop) {

    /**
     * Plans the letterbox of {@code crop} (a square in source pixels, possibly reaching past the
     * image) from an image of {@code imageWidth x imageHeight} into an {@code inputSize} square.
     */
    public static LetterboxTransform plan(int imageWidth, int imageHeight, Crop crop, int inputSize) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("empty image " + imageWidth + "x" + imageHeight);
        }
        int cx = (int) Math.round(crop.x());
        int cy = (int) Math.round(crop.y());
        int side = Math.max(1, (int) Math.round(crop.size()));
        int x0 = Math.max(cx, 0);
        int y0 = Math.max(cy, 0);
        int x1 = Math.min(cx + side, imageWidth);
        int y1 = Math.min(cy + side, imageHeight);
        if (x1 <= x0 || y1 <= y0) {
            // the crop lies wholly outside the image: look at the whole image instead
            return plan(imageWidth, imageHeight, Crop.wholeImage(imageWidth, imageHeight), inputSize);
        }
        double scale = inputSize / (double) side;
        int offsetX = (int) Math.round((x0 - cx) * scale);
        int offsetY = (int) Math.round((y0 - cy) * scale);
        int scaledWidth = Math.max(1, Math.min(inputSize - offsetX, (int) Math.round((x1 - x0) * scale)));
        int scaledHeight = Math.max(1, Math.min(inputSize - offsetY, (int) Math.round((y1 - y0) * scale)));
        return new LetterboxTransform(imageWidth, imageHeight, x0, y0, x1 - x0, y1 - y0, offsetX, offsetY, scaledWidth, scaledHeight,
                inputSize, new Crop(cx, cy, side));
    }

    /** Source-image x of a point at {@code inputX} in the model input square. */
    public double toSourceX(double inputX) {
        return roiX + (inputX - offsetX) * roiWidth / (double) scaledWidth;
    }

    /** Source-image y of a point at {@code inputY} in the model input square. */
    public double toSourceY(double inputY) {
        return roiY + (inputY - offsetY) * roiHeight / (double) scaledHeight;
    }

    /** Model-input x of a source-image x (the inverse of {@link #toSourceX}). */
    public double toInputX(double sourceX) {
        return offsetX + (sourceX - roiX) * scaledWidth / (double) roiWidth;
    }

    /** Model-input y of a source-image y (the inverse of {@link #toSourceY}). */
    public double toInputY(double sourceY) {
        return offsetY + (sourceY - roiY) * scaledHeight / (double) roiHeight;
    }

    boolean shrinks() {
        return scaledWidth < roiWidth || scaledHeight < roiHeight;
    }
}
