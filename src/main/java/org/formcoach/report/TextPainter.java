package org.formcoach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Writes text into BGR images (the annotated video, overlay pictures) with Java2D, so that every
 * character FormCoach's texts use renders: OpenCV's Hershey fonts know only ASCII and draw a "?"
 * for each byte of anything else, so "Set 1 of 2 — 5 / 8" came out as "Set 1 of 2 ??? 5 / 8". The
 * text is drawn into a small BGR buffer over the part of the image it covers, then copied back.
 *
 * <p>Should Java2D have no usable fonts (a server without fontconfig), the text is written with
 * OpenCV's Hershey font after the non-ASCII characters are spelled in ASCII ("—" as "-"), so it
 * still reads. One instance per thread: it keeps its buffer from call to call.
 */
public final class TextPainter {

    private static final int MARGIN = 12;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private BufferedImage buffer;
    private boolean java2dFailed;

    /** The font for text of {@code pixels} (the font's size in pixels): the pictures' bold font. */
    public static Font font(double pixels) {
        return PictureDrawing.font((float) Math.max(8, Math.round(pixels)), true);
    }

    /** The font size of the bands of an image {@code width} × {@code height}. */
    public static double bandFontSize(int width, int height) {
        return Math.max(14, Math.min(width / 36.0, height / 18.0));
    }

    /** How wide {@code text} is in {@link #font(double) font(size)}, in pixels. */
    public static double textWidth(String text, double size) {
        return font(size).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * Writes {@code text} in white on a band of {@code background} across the whole width, at the
     * top or the bottom of {@code bgr}, in {@link #font(double) font(size)}. Text too long for the
     * width is set smaller and, if need be, on two lines, so that all of it is in the picture.
     *
     * @return the band's height in pixels
     */
    public int band(Mat bgr, String text, boolean atTop, double size, Scalar background) {
        check(bgr);
        int width = bgr.cols();
        int avail = Math.max(1, width - 2 * MARGIN);
        double s = size;
        List<String> lines = List.of(text);
        if (!java2dFailed) {
            try {
                double w = textWidth(text, s);
                if (w > avail) {
                    s = Math.max(10, size * Math.max(0.75, avail / w));
                    if (textWidth(text, s) > avail) {
                        lines = twoLines(text, s);
                    }
                }
            } catch (Error | RuntimeException e) {
                java2dFailed = true;  // no usable fonts: Hershey from now on
            }
        }
        int lineHeight = (int) Math.ceil(s * 1.25);
        int height = Math.min(bgr.rows(), lines.size() * lineHeight + (int) Math.ceil(s * 0.6));
        Rect area = new Rect(0, atTop ? 0 : bgr.rows() - height, width, height);
        if (!java2dFailed) {
            try {
                BufferedImage image = buffer(area.width, area.height);
                Graphics2D g = graphics(image);
                try {
                    g.setColor(colour(background));
                    g.fillRect(0, 0, area.width, area.height);
                    g.setFont(font(s));
                    FontMetrics m = g.getFontMetrics();
                    int block = lines.size() * lineHeight;
                    int first = (area.height - block) / 2 + (lineHeight - m.getAscent() - m.getDescent()) / 2
                            + m.getAscent();
                    g.setColor(Color.WHITE);
                    for (int i = 0; i < lines.size(); i++) {
                        g.drawString(lines.get(i), MARGIN, first + i * lineHeight);
                    }
                } finally {
                    g.dispose();
                }
                copyBack(image, bgr, area);
                return height;
            } catch (Error | RuntimeException e) {
                java2dFailed = true;
            }
        }
        Imgproc.rectangle(bgr, new Point(area.x, area.y), new Point(area.x + area.width, area.y + area.height),
                background, -1);
        double scale = s / 22.0;
        Imgproc.putText(bgr, ascii(text), new Point(MARGIN, area.y + height / 2.0 + s * 0.35),
                Imgproc.FONT_HERSHEY_SIMPLEX, scale, new Scalar(255, 255, 255), Math.max(1, (int) Math.round(scale * 2)),
                Imgproc.LINE_AA);
        return height;
    }

    /**
     * Writes {@code text} with its baseline starting at ({@code x}, {@code y}) in {@code colour},
     * outlined in black so that it reads on any picture.
     */
    public void label(Mat bgr, String text, double x, double y, double size, Scalar colour) {
        check(bgr);
        int pad = (int) Math.ceil(size * 0.3) + 2;
        Rect area = clip(new Rect((int) Math.floor(x) - pad, (int) Math.floor(y - size * 1.1) - pad,
                (int) Math.ceil(width(text, size)) + 2 * pad, (int) Math.ceil(size * 1.5) + 2 * pad), bgr);
        if (area == null) {
            return;
        }
        if (!java2dFailed) {
            try {
                BufferedImage image = buffer(area.width, area.height);
                copyOut(bgr, area, image);
                Graphics2D g = graphics(image);
                try {
                    TextLayout layout = new TextLayout(text, font(size), g.getFontRenderContext());
                    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x - area.x, y - area.y));
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke((float) Math.max(2, size / 6), BasicStroke.CAP_ROUND,
                            BasicStroke.JOIN_ROUND));
                    g.draw(outline);
                    g.setColor(colour(colour));
                    g.fill(outline);
                } finally {
                    g.dispose();
                }
                copyBack(image, bgr, area);
                return;
            } catch (Error | RuntimeException e) {
                java2dFailed = true;
            }
        }
        double scale = size / 22.0;
        Imgproc.putText(bgr, ascii(text), new Point(x, y), Imgproc.FONT_HERSHEY_SIMPLEX, scale, new Scalar(0, 0, 0),
                3, Imgproc.LINE_AA);
        Imgproc.putText(bgr, ascii(text), new Point(x, y), Imgproc.FONT_HERSHEY_SIMPLEX, scale, colour, 1,
                Imgproc.LINE_AA);
    }

    /** {@code text} in ASCII, for the Hershey fallback: "—" as "-", "…" as "...", "×" as "x". */
    static String ascii(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.append(switch (c) {
            case '—', '–', '−', '·' -> "-";
            case '…' -> "...";
            case '×' -> "x";
            case '°' -> " deg";
            case '✓' -> "ok";
            case '‘', '’' -> "'";
            case '“', '”' -> "\"";
            default -> c < 128 ? Character.toString(c) : "?";
        }));
        return b.toString();
    }

    private double width(String text, double size) {
        if (!java2dFailed) {
            try {
                return textWidth(text, size);
            } catch (Error | RuntimeException e) {
                java2dFailed = true;
            }
        }
        return size * 0.75 * text.length();
    }

    /** {@code text} broken at the space that splits it into the two most even lines. */
    private static List<String> twoLines(String text, double size) {
        int best = -1;
        double bestWidth = Double.MAX_VALUE;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            double w = Math.max(textWidth(text.substring(0, i), size), textWidth(text.substring(i + 1), size));
            if (w < bestWidth) {
                bestWidth = w;
                best = i;
            }
        }
        return best < 0 ? List.of(text) : List.of(text.substring(0, best), text.substring(best + 1));
    }

    private static void check(Mat bgr) {
        if (bgr.type() != CvType.CV_8UC3) {
            throw new IllegalArgumentException("text is drawn on 8-bit BGR images, not " + CvType.typeToString(bgr.type()));
        }
    }

    private static Rect clip(Rect r, Mat bgr) {
        int x0 = Math.max(0, r.x);
        int y0 = Math.max(0, r.y);
        int x1 = Math.min(bgr.cols(), r.x + r.width);
        int y1 = Math.min(bgr.rows(), r.y + r.height);
        return x1 > x0 && y1 > y0 ? new Rect(x0, y0, x1 - x0, y1 - y0) : null;
    }

    private BufferedImage buffer(int width, int height) {
        if (buffer == null || buffer.getWidth() != width || buffer.getHeight() != height) {
            buffer = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        }
        return buffer;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        PictureDrawing.smooth(g);
        // text measured with CONTEXT (fractional metrics) must fit when drawn
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** A BGR scalar as a Java colour. */
    private static Color colour(Scalar bgr) {
        return new Color(channel(bgr.val[2]), channel(bgr.val[1]), channel(bgr.val[0]));
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The pixels of {@code area} into {@code image} (TYPE_3BYTE_BGR keeps B, G, R in OpenCV's order). */
    private static void copyOut(Mat bgr, Rect area, BufferedImage image) {
        Mat roi = bgr.submat(area);
        try {
            roi.get(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        } finally {
            roi.release();
        }
    }

    private static void copyBack(BufferedImage image, Mat bgr, Rect area) {
        Mat roi = bgr.submat(area);
        try {
            roi.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        } finally {
            roi.release();
        }
    }
}
