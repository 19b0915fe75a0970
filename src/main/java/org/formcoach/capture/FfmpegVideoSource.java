package org.formcoach.capture;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * A video file decoded by FFmpeg: MP4/MOV (H.264, HEVC), WebM/MKV (VP8, VP9, AV1), AVI and most
 * other containers. Frames carry their presentation time. The display rotation of phone videos
 * (display matrix side data, or the older {@code rotate} tag, which FFmpeg turns into one) is
 * applied, so frames come out upright and {@link SourceInfo#width()}/{@code height()} are those
 * of the rotated frames.
 *
 * <p>A frame that fails to decode is skipped with a {@link FaultKind#UNREADABLE_FRAME} fault;
 * after {@value #MAX_CONSECUTIVE_ERRORS} failures in a row, or when the file ends before the frame
 * count of its header, reading stops with {@link ReadResult.Damaged}. FFmpeg drops a frame it
 * cannot decode without an error; in a constant-frame-rate video the gap it leaves in the
 * timestamps shows which frames they were, and each is reported as skipped at its index
 * ({@link ReadResult.Fault#skippedFrame}), so a damaged frame in the middle is not mistaken for a
 * file that ends early.
 *
 * <p>Frames are copied from the decoder's buffer into images of a {@link FramePool}: reading
 * allocates no image once the first few frames are in flight.
 */
public final class FfmpegVideoSource implements FrameSource {

    static final int MAX_CONSECUTIVE_ERRORS = 25;

    private final FFmpegFrameGrabber grabber;
    private final SourceInfo info;
    private final Rotation rotation;
    private final FrameCounter counter;
    private final FramePool pool;
    private int consecutiveErrors;
    private boolean closed;
    /** A header over the decoder's BGR buffer, made again only when the decoder replaces that buffer. */
    private Mat decoderView;
    private ByteBuffer decoderPixels;
    private int decoderStride;
    /** Results of one decode waiting to be returned: skipped-frame faults, then the frame after them. */
    private final java.util.ArrayDeque<ReadResult> queued = new java.util.ArrayDeque<>();

    private FfmpegVideoSource(FFmpegFrameGrabber grabber, SourceInfo info, Rotation rotation, FramePool pool) {
        this.grabber = grabber;
        this.info = info;
        this.rotation = rotation;
        this.counter = new FrameCounter(info.frameCount(), constantFrameNanos(grabber));
        this.pool = pool;
    }

    /** The frame duration if the stream has a constant frame rate (average = nominal), else 0. */
    private static long constantFrameNanos(FFmpegFrameGrabber grabber) {
        AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
        double average = avutil.av_q2d(stream.avg_frame_rate());
        double nominal = avutil.av_q2d(stream.r_frame_rate());
        boolean constant = average > 0 && nominal > 0 && Math.abs(average - nominal) <= 0.005 * nominal;
        return constant ? Math.round(1e9 / nominal) : 0;
    }

    /** Opens {@code file}; throws {@link UnsupportedSourceException} if it holds no decodable video. */
    public static FfmpegVideoSource open(Path file) {
        return open(file, new FramePool());
    }

    /**
     * Opens {@code file} with frames from {@code pool}, which the source closes when it closes (or
     * at once if the file cannot be opened).
     */
    public static FfmpegVideoSource open(Path file, FramePool pool) {
        try {
            return openWith(file, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static FfmpegVideoSource openWith(Path file, FramePool pool) {
        OpenCvLoader.ensureLoaded();
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        try {
            grabber.start();
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                throw new UnsupportedSourceException("The file " + file + " contains no video", null);
            }
        } catch (FrameGrabber.Exception | RuntimeException e) {
            releaseQuietly(grabber);
            if (e instanceof UnsupportedSourceException u) {
                throw u;
            }
            throw new UnsupportedSourceException("Cannot read " + file
                    + " as a video (it is damaged or in an unknown format)", e);
        }
        // FFmpeg reports the display matrix angle counter-clockwise; frames must turn the other way
        Rotation rotation = Rotation.ofClockwiseDegrees(-grabber.getDisplayRotation());
        int width = grabber.getImageWidth();
        int height = grabber.getImageHeight();
        AVStream stream = grabber.getFormatContext().streams(grabber.getVideoStream());
        long frames = stream.nb_frames();
        SourceInfo info = new SourceInfo(file.getFileName().toString(), SourceKind.VIDEO_FILE,
                rotation.swapsSides() ? height : width, rotation.swapsSides() ? width : height,
                grabber.getFrameRate(), frames > 0 ? OptionalLong.of(frames) : OptionalLong.empty(),
                rotation.degrees());
        return new FfmpegVideoSource(grabber, info, rotation, pool);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        if (counter.hasEnded()) {
            return counter.afterEnd();
        }
        org.bytedeco.javacv.Frame decoded;
        try {
            decoded = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            if (++consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
                return new ReadResult.Fault(FaultKind.UNREADABLE_FRAME, info.description()
                        + ": a frame could not be decoded and was skipped (" + e.getMessage() + ")");
            }
            return counter.damaged("frames cannot be decoded any more (" + e.getMessage() + ")");
        }
        consecutiveErrors = 0;
        if (decoded == null || decoded.image == null) {
            return counter.endOfData();
        }
        long timestamp = decoded.timestamp * 1_000L;
        for (int missing = counter.missingBefore(timestamp); missing > 0; missing--) {
            queued.add(ReadResult.Fault.skippedFrame(counter.skipped(), info.description()));
        }
        long index = counter.nextIndex();
        counter.delivered(timestamp);
        queued.add(new ReadResult.FrameRead(new Frame(upright(decoded), pool, index, timestamp, info.description())));
        return queued.poll();
    }

    /** Copies the decoder's (reused) BGR buffer, turned upright, into an image from the pool. */
    private Mat upright(org.bytedeco.javacv.Frame decoded) {
        Mat view = decoderView(decoded);
        Mat image = rotation.swapsSides() ? pool.take(view.rows(), view.cols()) : pool.take(view.cols(), view.rows());
        rotation.apply(view, image);
        return image;
    }

    private Mat decoderView(org.bytedeco.javacv.Frame decoded) {
        ByteBuffer pixels = (ByteBuffer) decoded.image[0];
        if (decoderView == null || pixels != decoderPixels || decoded.imageStride != decoderStride
                || decoded.imageWidth != decoderView.cols() || decoded.imageHeight != decoderView.rows()) {
            releaseDecoderView();
            decoderView = new Mat(decoded.imageHeight, decoded.imageWidth, CvType.CV_8UC3, pixels, decoded.imageStride);
            decoderPixels = pixels;
            decoderStride = decoded.imageStride;
        }
        return decoderView;
    }

    private void releaseDecoderView() {
        if (decoderView != null) {
            decoderView.release();
            decoderView = null;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ReadResult r : queued) {
            if (r instanceof ReadResult.FrameRead read) {
                read.frame().close();
            }
        }
        queued.clear();
        releaseDecoderView();
        releaseQuietly(grabber);
        pool.close();
    }

    private static void releaseQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception e) {
            // closing a file we only read from: nothing left to save
        }
    }
}
