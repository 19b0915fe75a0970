package org.formcoach.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Set;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Drawing on Java2D pictures (the reports' key frames and charts, the review's exported frames): the
 * font, antialiasing, labels and bands, and conversion between OpenCV's BGR images and Java2D's
 * pictures. Java2D draws any character a system font has (OpenCV's Hershey fonts are ASCII only).
 * {@link TextPainter} writes words straight into OpenCV frames (the annotated video, overlays).
 */
public final class PictureDrawing {

    /** Fonts tried in order; the first one installed is used, else Java's logical "SansSerif". */
    private static final String[] FAMILIES = {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"};
    private static final String FAMILY = pickFamily();

    private PictureDrawing() {
    }

    private static String pickFamily() {
        try {
            Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames());
            return Arrays.stream(FAMILIES).filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    /** The font for {@code size} pixels, bold or not. */
    public static Font font(float size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont(size);
    }

    /** Antialiased text and lines on {@code g}. */
    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** A label: {@code text} on a rounded dark box whose left-middle is at (x, y). */
    public static void label(Graphics2D g, String text, double x, double y, float size, Color colour) {
        g.setFont(font(size, true));
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(text);
        int h = fm.getAscent() + fm.getDescent();
        int pad = Math.round(size / 3);
        g.setColor(new Color(0, 0, 0, 170));
        g.fillRoundRect((int) x - pad, (int) (y - h / 2.0) - pad / 2, w + 2 * pad, h + pad, pad * 2, pad * 2);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) (y - h / 2.0 + fm.getAscent()));
    }

    /** A band across the picture at {@code yFraction} of its height with white {@code text} on {@code background}. */
    public static void band(Graphics2D g, int width, int height, String text, double yFraction, Color background) {
        float size = Math.max(13, width / 45f);
        g.setFont(font(size, true));
        FontMetrics fm = g.getFontMetrics();
        int h = fm.getAscent() + fm.getDescent() + 10;
        int y = (int) Math.round(height * yFraction - h / 2.0);
        y = Math.max(0, Math.min(height - h, y));
        g.setColor(background);
        g.fillRect(0, y, width, h);
        g.setColor(Color.WHITE);
        g.drawString(text, 12, y + 5 + fm.getAscent());
    }

    /** A BGR 8-bit OpenCV image as a new picture. */
    public static BufferedImage toImage(Mat bgr) {
        BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        bgr.get(0, 0, data);
        return image;
    }

    /** A picture as a new BGR 8-bit OpenCV image (the caller releases it). */
    public static Mat toMat(BufferedImage picture) {
        BufferedImage bgr = picture;
        if (picture.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            g.drawImage(picture, 0, 0, null);
            g.dispose();
        }
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
        return mat;
    }
}
