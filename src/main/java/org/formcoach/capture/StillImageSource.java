package org.formcoach.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.opencv.core.Mat;

/**
 * One photograph shown as a video of someone holding still: the same image again and again at
 * {@code fps}, frame {@code i} stamped {@code i / fps}, for a given number of frames or without
 * end. The window coaches a photo this way, so cues that need a moment (the view, the position)
 * can appear; {@link ImageFolderSource#singleImage} gives the photo once, for analysis. Each frame
 * is a copy of the photo in an image of a {@link FramePool}.
 */
public final class StillImageSource implements FrameSource {

    private final Mat image;
    private final SourceInfo info;
    private final long frames;
    private final FramePool pool = new FramePool();
    private long next;
    private boolean closed;

    private StillImageSource(Mat image, SourceInfo info, long frames) {
        this.image = image;
        this.info = info;
        this.frames = frames;
    }

    /**
     * @param frames how many frames, or {@link Long#MAX_VALUE} for no end
     * @throws UnsupportedSourceException when the file is not a readable image
     */
    public static StillImageSource open(Path file, double fps, long frames) {
        if (!(fps > 0) || frames <= 0) {
            throw new IllegalArgumentException("a still needs a positive fps and frame count, got " + fps + ", "
                    + frames);
        }
        Mat image;
        try {
            image = ImageFiles.read(file);
        } catch (IOException e) {
            throw new UnsupportedSourceException("Cannot read the image " + file + " (" + e.getMessage() + ")", e);
        }
        SourceInfo info = new SourceInfo(file.getFileName().toString(), SourceKind.IMAGES, image.cols(), image.rows(),
                fps, frames == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(frames), 0);
        return new StillImageSource(image, info, frames);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public ReadResult read() {
        if (next >= frames) {
            return new ReadResult.End(next);
        }
        long index = next++;
        Mat copy = pool.take(image.cols(), image.rows());
        image.copyTo(copy);
        return new ReadResult.FrameRead(new Frame(copy, pool, index, Math.round(index * 1e9 / info.nominalFps()),
                info.description()));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            image.release();
            pool.close();
        }
    }
}
