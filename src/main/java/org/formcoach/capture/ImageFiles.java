package org.formcoach.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/** Reads and writes still images with OpenCV, with errors that name the file. */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** Decodes an image file to BGR; the caller releases the Mat. */
    public static Mat read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(file + ": not a readable file");
        }
        return decode(Files.readAllBytes(file), file.toString());
    }

    /** Decodes encoded image bytes (PNG, JPEG, BMP, ...) to BGR; {@code name} is used in errors. */
    public static Mat decode(byte[] encoded, String name) throws IOException {
        OpenCvLoader.ensureLoaded();
        MatOfByte bytes = new MatOfByte(encoded);
        try {
            Mat image = Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_COLOR);
            if (image.empty()) {
                image.release();
                throw new IOException(name + ": not an image FormCoach can read (use PNG, JPEG, BMP or TIFF)");
            }
            return image;
        } finally {
            bytes.release();
        }
    }

    public static void write(Path file, Mat image) throws IOException {
        OpenCvLoader.ensureLoaded();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!Imgcodecs.imwrite(file.toString(), image)) {
            throw new IOException(file + ": could not write the image (unknown extension or disk full?)");
        }
    }
}
