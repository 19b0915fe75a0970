package org.formcoach.recording;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.formcoach.capture.OpenCvLoader;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Writes BGR frames to a video file through FFmpeg: H.264 (OpenH264) in MP4, or MJPEG in AVI.
 *
 * <p>A {@link #streaming} MP4 is fragmented (a small index before every key frame, every second),
 * so a file whose writing stopped abruptly (a full disk, a crash) still plays up to its last
 * fragment; a finished clip is a plain MP4 with its index first, for any player.
 */
public final class VideoEncoder implements AutoCloseable {

    private final FFmpegFrameRecorder recorder;
    private final int width;
    private final int height;
    private final ByteBuffer buffer;
    private final byte[] row;
    private long frames;

    private VideoEncoder(FFmpegFrameRecorder recorder, int width, int height) {
        this.recorder = recorder;
        this.width = width;
        this.height = height;
        this.buffer = ByteBuffer.allocateDirect(width * height * 3);
        this.row = new byte[width * 3];
    }

    /** A streaming recording: playable up to the last second written should writing stop abruptly. */
    public static VideoEncoder streaming(Path file, int width, int height, double fps) throws FrameRecorder.Exception {
        return open(file, width, height, fps, true);
    }

    /** A clip written from start to end (the index up front). */
    public static VideoEncoder clip(Path file, int width, int height, double fps) throws FrameRecorder.Exception {
        return open(file, width, height, fps, false);
    }

    private static VideoEncoder open(Path file, int width, int height, double fps, boolean streaming)
            throws FrameRecorder.Exception {
        OpenCvLoader.ensureLoaded();
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        // H.264 wants even sizes
        int w = width - width % 2;
        int h = height - height % 2;
        boolean avi = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".avi");
        double rate = fps > 0 ? fps : 30;
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), w, h, 0);
        recorder.setFrameRate(rate);
        if (avi) {
            recorder.setFormat("avi");
            recorder.setVideoCodecName("mjpeg");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
            recorder.setVideoQuality(3);
        } else {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libopenh264");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setVideoBitrate(Math.max(1_000_000, (int) (w * h * rate * 0.15)));
            recorder.setGopSize((int) Math.max(1, Math.round(rate)));
            recorder.setOption("movflags", streaming ? "frag_keyframe+empty_moov+default_base_moof" : "faststart");
        }
        try {
            recorder.start();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception ignored) {
                // the start failed: that is what is reported
            }
            throw e instanceof FrameRecorder.Exception fe ? fe : new FrameRecorder.Exception(e.getMessage(), e);
        }
        return new VideoEncoder(recorder, w, h);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Appends {@code bgr} (resized when its size differs). */
    public void write(Mat bgr) throws FrameRecorder.Exception {
        Mat sized = bgr;
        boolean resized = bgr.cols() != width || bgr.rows() != height || bgr.type() != CvType.CV_8UC3;
        if (resized) {
            sized = new Mat();
            Imgproc.resize(bgr, sized, new org.opencv.core.Size(width, height));
        }
        try {
            buffer.clear();
            for (int y = 0; y < height; y++) {
                sized.get(y, 0, row);
                buffer.put(row);
            }
            buffer.flip();
            recorder.recordImage(width, height, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3, width * 3,
                    avutil.AV_PIX_FMT_BGR24, buffer);
            frames++;
        } finally {
            if (resized) {
                sized.release();
            }
        }
    }

    public long frames() {
        return frames;
    }

    /** Finishes the file (the last fragment, or the index). */
    public void finish() throws FrameRecorder.Exception {
        recorder.stop();
    }

    @Override
    public void close() {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            // releasing after a failure: nothing more can be saved
        }
    }
}
