package org.formcoach.capture;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoWriter;
import org.opencv.videoio.Videoio;

/**
 * Builds test videos at test time from a real photograph (astronaut.png, public domain): frame
 * {@code i} is a crop of the photo that drifts and zooms a little with {@code i}, so consecutive
 * frames differ the way a moving camera's would.
 */
public final class TestVideos {

    public static final Path PHOTO = Path.of("src/test/resources/photos/astronaut.png");

    private TestVideos() {
    }

    /** The photograph, BGR. */
    public static Mat photo() {
        OpenCvLoader.ensureLoaded();
        Mat image = Imgcodecs.imread(PHOTO.toString(), Imgcodecs.IMREAD_COLOR);
        if (image.empty()) {
            throw new IllegalStateException("cannot read " + PHOTO.toAbsolutePath());
        }
        return image;
    }

    /** Frame {@code i} of the sequence at {@code width}×{@code height}: a shifted, scaled crop. */
    public static Mat frame(Mat photo, int i, int width, int height) {
        double scale = 0.75 + 0.002 * (i % 50);
        int cropWidth = (int) Math.round(photo.cols() * scale);
        int cropHeight = Math.min(photo.rows(), (int) Math.round(cropWidth * (double) height / width));
        int x = Math.min(photo.cols() - cropWidth, 2 * (i % 40));
        int y = Math.min(photo.rows() - cropHeight, i % 30);
        Mat out = new Mat();
        try (MatHandle crop = new MatHandle(new Mat(photo, new Rect(x, y, cropWidth, cropHeight)))) {
            Imgproc.resize(crop.mat(), out, new Size(width, height), 0, 0, Imgproc.INTER_AREA);
        }
        return out;
    }

    /** Writes an MJPEG AVI with OpenCV's own encoder. */
    public static void writeMjpegAvi(Path file, int frames, int width, int height, double fps) {
        OpenCvLoader.ensureLoaded();
        VideoWriter writer = new VideoWriter(file.toString(), Videoio.CAP_OPENCV_MJPEG,
                VideoWriter.fourcc('M', 'J', 'P', 'G'), fps, new Size(width, height), true);
        if (!writer.isOpened()) {
            throw new IllegalStateException("OpenCV cannot write " + file);
        }
        try (MatHandle photo = new MatHandle(photo())) {
            for (int i = 0; i < frames; i++) {
                try (MatHandle frame = new MatHandle(frame(photo.mat(), i, width, height))) {
                    writer.write(frame.mat());
                }
            }
        } finally {
            writer.release();
        }
    }

    /**
     * Overwrites the JPEG data of frame {@code index} of an MJPEG AVI with zeros, as a bad sector or
     * a broken copy would: the file keeps its length and every other frame, but that frame cannot be
     * decoded.
     */
    public static void damageMjpegFrame(Path avi, int index) throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(avi);
        java.nio.ByteBuffer le = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        // the "movi" list holds one chunk per frame, in order: 4-byte id ("00dc"), length, data (even-padded)
        int pos = indexOf(bytes, "movi".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0) + 4;
        for (int frame = 0; pos > 3 && pos + 8 <= bytes.length; ) {
            String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int length = le.getInt(pos + 4);
            if (id.equals("00dc") && frame++ == index) {
                java.util.Arrays.fill(bytes, pos + 8, pos + 8 + length, (byte) 0);
                java.nio.file.Files.write(avi, bytes);
                return;
            }
            pos += 8 + length + (length & 1);
        }
        throw new IllegalArgumentException(avi + " has no frame " + index);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Video written by FFmpeg: container format, encoder name, and the display rotation to store. */
    public record Spec(String format, String encoder, int width, int height, double fps, int displayRotation) {
        public static Spec h264Mp4(int width, int height) {
            return new Spec("mp4", "libopenh264", width, height, 30, 0);
        }

        Spec rotated(int degrees) {
            return new Spec(format, encoder, width, height, fps, degrees);
        }
    }

    /** Writes {@code frames} frames of the photo sequence with FFmpeg (moov atom first for MP4). */
    public static void writeWithFfmpeg(Path file, Spec spec, int frames) throws FrameRecorder.Exception {
        try (MatHandle photo = new MatHandle(photo())) {
            writeWithFfmpeg(file, spec, frames, i -> frame(photo.mat(), i, spec.width(), spec.height()));
        }
    }

    static void writeWithFfmpeg(Path file, Spec spec, int frames, IntFunction<Mat> frameSource)
            throws FrameRecorder.Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), 0)) {
            recorder.setFormat(spec.format());
            recorder.setVideoCodecName(spec.encoder());
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(spec.fps());
            recorder.setVideoBitrate(2_000_000);
            recorder.setGopSize(10);
            if (spec.format().equals("mp4")) {
                recorder.setOption("movflags", "faststart");
            }
            if (spec.displayRotation() != 0) {
                recorder.setDisplayRotation(spec.displayRotation());
            }
            recorder.start();
            org.bytedeco.javacv.Frame frame = new org.bytedeco.javacv.Frame(spec.width(), spec.height(),
                    org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3);
            byte[] row = new byte[spec.width() * 3];
            for (int i = 0; i < frames; i++) {
                try (MatHandle image = new MatHandle(frameSource.apply(i))) {
                    ByteBuffer pixels = (ByteBuffer) frame.image[0];
                    for (int y = 0; y < spec.height(); y++) {
                        image.mat().get(y, 0, row);
                        pixels.position(y * frame.imageStride);
                        pixels.put(row);
                    }
                    pixels.rewind();
                    recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
                }
            }
            recorder.stop();
        }
    }

    /** Mean absolute difference per channel value between two images of the same size (0..255). */
    static double meanAbsDiff(Mat a, Mat b) {
        try (MatHandle diff = new MatHandle(new Mat())) {
            org.opencv.core.Core.absdiff(a, b, diff.mat());
            org.opencv.core.Scalar mean = org.opencv.core.Core.mean(diff.mat());
            return (mean.val[0] + mean.val[1] + mean.val[2]) / 3.0;
        }
    }
}
