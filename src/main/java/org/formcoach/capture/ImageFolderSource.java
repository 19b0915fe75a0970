package org.formcoach.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Still images read as a video: the image files of a folder in natural name order
 * ({@code frame2.png} before {@code frame10.png}) at a given frame rate, or one single image.
 * Frame {@code i} is stamped {@code i / fps}; its index is the file's position in that order, so an
 * unreadable file (skipped with a {@link FaultKind#UNREADABLE_FRAME} fault) leaves a gap.
 * EXIF orientation is applied by the decoder.
 */
public final class ImageFolderSource implements FrameSource {

    /** File name extensions read as images (lower case, without the dot). */
    public static final Set<String> IMAGE_EXTENSIONS =
            Set.of("jpg", "jpeg", "png", "bmp", "tif", "tiff", "webp");

    private final List<Path> files;
    private final SourceInfo info;
    private int position;

    private ImageFolderSource(List<Path> files, SourceInfo info) {
        this.files = files;
        this.info = info;
    }

    /** The image files of {@code folder} (not its subfolders) played at {@code fps}. */
    public static ImageFolderSource folder(Path folder, double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile).filter(ImageFolderSource::isImage)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE))
                    .toList();
        } catch (IOException e) {
            throw new CaptureException("Cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CaptureException("The folder " + folder + " contains no images; put frames there as "
                    + String.join("/", IMAGE_EXTENSIONS.stream().sorted().toList()) + " files.");
        }
        return open(files, folder.getFileName() + "/", fps);
    }

    /** One image, delivered as a single frame at time 0. */
    public static ImageFolderSource singleImage(Path file) {
        return open(List.of(file), file.getFileName().toString(), 1.0);
    }

    private static ImageFolderSource open(List<Path> files, String description, double fps) {
        OpenCvLoader.ensureLoaded();
        // the first image gives the nominal size; a sequence whose size changes is still read
        Mat first = Imgcodecs.imread(files.get(0).toString(), Imgcodecs.IMREAD_COLOR);
        try (MatHandle probe = new MatHandle(first)) {
            if (probe.mat().empty()) {
                throw new UnsupportedSourceException("Cannot read the image " + files.get(0), null);
            }
            SourceInfo info = new SourceInfo(description, SourceKind.IMAGES, probe.mat().cols(),
                    probe.mat().rows(), fps, OptionalLong.of(files.size()), 0);
            return new ImageFolderSource(files, info);
        }
    }

    /** Whether {@code file}'s extension is one of {@link #IMAGE_EXTENSIONS}. */
    public static boolean isImage(Path file) {
        return IMAGE_EXTENSIONS.contains(extension(file));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (position >= files.size()) {
            return new ReadResult.End(files.size());
        }
        int index = position++;
        Path file = files.get(index);
        Mat image = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_COLOR);
        if (image.empty()) {
            image.release();
            return new ReadResult.Fault(FaultKind.UNREADABLE_FRAME,
                    "Cannot read the image " + file + "; it was skipped", java.util.OptionalLong.of(index));
        }
        long timestamp = Math.round(index * 1e9 / info.nominalFps());
        return new ReadResult.FrameRead(new Frame(image, index, timestamp, file.getFileName().toString()));
    }

    @Override
    public void close() {
        // images are read and released one at a time: nothing is held open
    }

    /** Compares names with digit runs as numbers: "f2" before "f10". */
    enum NaturalOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char ca = a.charAt(i);
                char cb = b.charAt(j);
                if (Character.isDigit(ca) && Character.isDigit(cb)) {
                    int endA = digitsEnd(a, i);
                    int endB = digitsEnd(b, j);
                    int byValue = new java.math.BigInteger(a.substring(i, endA))
                            .compareTo(new java.math.BigInteger(b.substring(j, endB)));
                    if (byValue != 0) {
                        return byValue;
                    }
                    i = endA;
                    j = endB;
                } else {
                    if (ca != cb) {
                        return Character.compare(ca, cb);
                    }
                    i++;
                    j++;
                }
            }
            int byLength = Integer.compare(a.length() - i, b.length() - j);
            return byLength != 0 ? byLength : a.compareTo(b);
        }

        private static int digitsEnd(String s, int from) {
            int end = from;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            return end;
        }
    }
}
