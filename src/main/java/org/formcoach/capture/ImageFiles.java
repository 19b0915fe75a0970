package org.formcoach.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Reads still images with OpenCV, with errors that name the file and say what is wrong. Files over
 * {@link #MAX_FILE_BYTES} are refused before they are read, pictures over {@link #MAX_PIXELS}
 * before they are decoded, and a PNG or JPEG whose data ends early is reported as damaged rather
 * than analysed half grey.
 */
public final class ImageFiles {

    /**
     * The largest image file read (100 MB): the whole file is read into memory before decoding, and
     * the launcher's Java heap is 384 MB.
     */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /**
     * The largest picture decoded (100 megapixels, 300 MB as BGR): the pose model sees 192 or 256
     * pixels a side, so more only costs memory. OpenCV's own limit (2^30 pixels) would allow 3 GB.
     */
    public static final long MAX_PIXELS = 100_000_000L;

    private ImageFiles() {
    }

    /** Decodes an image file to BGR; the caller releases the Mat. */
    public static Mat read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not an image");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(file + ": not a readable file");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "%s: the file is %s; FormCoach reads images of up to %s"
                    + " (save a smaller copy)", file, megabytes(size), megabytes(MAX_FILE_BYTES)));
        }
        return decode(Files.readAllBytes(file), file.toString());
    }

    /** Decodes encoded image bytes (PNG, JPEG, BMP, TIFF, WebP) to BGR; {@code name} is used in errors. */
    public static Mat decode(byte[] encoded, String name) throws IOException {
        if (encoded.length == 0) {
            throw new IOException(name + ": the file is empty (0 bytes)");
        }
        Optional<ImageHeader> header = ImageHeader.read(encoded);
        if (header.isPresent()) {
            ImageHeader h = header.get();
            if (h.pixels() > MAX_PIXELS) {
                throw tooLarge(name, h.width(), h.height());
            }
            if (!h.complete()) {
                throw new IOException(name + ": the " + h.format() + " image is damaged: its data ends early"
                        + " (the file was cut short); use a complete copy");
            }
        }
        OpenCvLoader.ensureLoaded();
        MatOfByte bytes = new MatOfByte(encoded);
        try {
            Mat image = Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
            if (image.empty()) {
                image.release();
                throw new IOException(name + ": not an image FormCoach can read (use PNG, JPEG, BMP, TIFF or WebP)");
            }
            if (image.total() > MAX_PIXELS) {  // a format whose header was not read above
                image.release();
                throw tooLarge(name, image.cols(), image.rows());
            }
            return image;
        } catch (CvException e) {
            throw new IOException(name + ": not an image FormCoach can read (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            bytes.release();
        }
    }

    private static IOException tooLarge(String name, int width, int height) {
        return new IOException(String.format(Locale.ROOT, "%s: the picture is %d × %d pixels (%.0f megapixels);"
                + " FormCoach reads pictures of up to %d megapixels (save a smaller copy)", name, width, height,
                (double) width * height / 1e6, MAX_PIXELS / 1_000_000));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().filter(l -> !l.isBlank()).findFirst()
                .orElse(message).replaceFirst("^.*error: ", "").strip();
    }

    /**
     * Encodes {@code image} in the format its file name asks for (.png, .jpg, ...).
     *
     * @throws IOException when OpenCV has no encoder for that extension
     */
    public static byte[] encode(Mat image, String extension) throws IOException {
        OpenCvLoader.ensureLoaded();
        MatOfByte bytes = new MatOfByte();
        try {
            if (!Imgcodecs.imencode("." + extension, image, bytes)) {
                throw new IOException("cannot encode an image as ." + extension);
            }
            return bytes.toArray();
        } catch (CvException e) {
            throw new IOException("cannot encode an image as ." + extension + " (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            bytes.release();
        }
    }
}
