package org.formcoach.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.PipelineResult;
import org.opencv.core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a coaching run into a folder: the video, the keypoint track and the coaching events, with
 * a manifest. A sink of the pipeline: on the inference thread it only copies the frame into a
 * bounded queue; its own thread encodes and writes. When that thread falls behind, a frame is left
 * out of the recording (counted in the manifest) rather than slowing the coach; its events are
 * kept, on the next frame written.
 *
 * <p>Before every few frames the free space is checked: with less than {@link #MIN_FREE_BYTES}
 * left, or when a write fails, recording stops, the files are closed so that what was written plays,
 * and the manifest says why ({@code complete: false}). Coaching goes on.
 */
public final class RecordingWriter implements CoachSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingWriter.class);
    /** Recording stops while this much space is still free: enough to close the files whole. */
    public static final long MIN_FREE_BYTES = 64L * 1024 * 1024;
    /** Frames waiting for the writer: about a second and a half of camera frames. */
    static final int QUEUE = 48;
    private static final int CHECK_EVERY = 10;

    /** What the manifest says besides the measurements. */
    public record Details(String role, String exercise, String exerciseName, String source, String model,
            String notes) {
    }

    private record Item(CoachFrame frame, Mat image, List<CoachFrame> droppedBefore) {
        static final Item END = new Item(null, null, List.of());
    }

    private final Path folder;
    private final Details details;
    private final double fps;
    private final long minFreeBytes;
    private final Consumer<String> onStop;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final ConcurrentLinkedQueue<CoachFrame> dropped = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final String created = Instant.now().toString();
    private volatile boolean stopped;
    private volatile boolean ending;
    private volatile String stopReason;
    private volatile long droppedCount;
    private volatile Manifest result;

    // the writer thread's own
    private VideoEncoder encoder;
    private String videoName;
    private BufferedWriter track;
    private BufferedWriter events;
    private long written;
    private double t0 = Double.NaN;
    private double lastT;
    private int width;
    private int height;

    private RecordingWriter(Path folder, Details details, double fps, long minFreeBytes, Consumer<String> onStop) {
        this.folder = folder;
        this.details = details;
        this.fps = fps > 0 ? fps : 30;
        this.minFreeBytes = minFreeBytes;
        this.onStop = onStop == null ? s -> { } : onStop;
        this.thread = new Thread(this::run, "recording-writer");
        this.thread.setDaemon(true);
    }

    /**
     * Starts a recording in {@code folder}, which must be new or empty.
     *
     * @param fps    the source's frame rate (the video's), or 0 when unknown (30 is used)
     * @param onStop told in one line, on the writer thread, when recording stopped early
     * @throws OutputException when the folder cannot be used (not empty, read-only, a full disk)
     */
    public static RecordingWriter start(Path folder, Details details, double fps, Consumer<String> onStop)
            throws OutputException {
        return start(folder, details, fps, onStop, MIN_FREE_BYTES);
    }

    static RecordingWriter start(Path folder, Details details, double fps, Consumer<String> onStop, long minFree)
            throws OutputException {
        checkFolder(folder);
        RecordingWriter w = new RecordingWriter(folder, details, fps, minFree, onStop);
        w.writeManifest(false);
        try {
            w.track = Files.newBufferedWriter(folder.resolve(Manifest.KEYPOINTS), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            w.events = Files.newBufferedWriter(folder.resolve(Manifest.EVENTS), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            w.closeText();
            throw OutputException.writeFailed("cannot write the recording in " + folder + " (" + e.getMessage() + ")",
                    e);
        }
        w.thread.start();
        return w;
    }

    /** A folder for a recording: new, or empty; checked (writable, space) before anything is recorded. */
    public static void checkFolder(Path folder) throws OutputException {
        if (Files.isRegularFile(folder)) {
            throw OutputException.badTarget(folder + " is a file; give the name of a new folder for the recording",
                    null);
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw OutputException.badTarget(folder + " is not empty; give the name of a new folder for the"
                            + " recording", null);
                }
            } catch (IOException e) {
                throw OutputException.badTarget("cannot read the folder " + folder + " (" + e.getMessage() + ")", e);
            }
        }
        // creates the folder and writes a probe there: read-only places and full disks fail here
        try (OutputFile probe = OutputFile.forText(folder.resolve(Manifest.FILE))) {
            // checked
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        if (stopped || ending) {
            return;
        }
        Mat copy = image.clone();
        List<CoachFrame> before = new ArrayList<>();
        CoachFrame d;
        while ((d = dropped.poll()) != null) {
            before.add(d);
        }
        if (!queue.offer(new Item(frame, copy, before))) {
            copy.release();
            dropped.addAll(before);
            dropped.add(frame);
            droppedCount++;
        }
    }

    @Override
    public void onFinished(PipelineResult result) {
        requestEnd();
    }

    /** No more frames: the writer finishes what it has and closes the files. Does not wait. */
    public void requestEnd() {
        if (!ending) {
            ending = true;
            while (!queue.offer(Item.END)) {
                Item old = queue.poll();  // a full queue at the very end: drop a frame, keep the end
                if (old != null && old.image() != null) {
                    old.image().release();
                    droppedCount++;
                }
            }
        }
    }

    /**
     * Ends the recording and waits until every file is closed and the manifest written.
     *
     * @return the manifest as written
     */
    public Manifest finish() throws InterruptedException {
        requestEnd();
        thread.join();
        return result;
    }

    /** Frames written so far. */
    public long framesWritten() {
        return written;
    }

    /** Why recording stopped early, or null. */
    public String stopReason() {
        return stopReason;
    }

    public boolean isRunning() {
        return thread.isAlive() && !stopped;
    }

    @Override
    public void close() {
        try {
            finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the writer thread ----------------------------------------------------------------------

    private void run() {
        try {
            while (true) {
                Item item = queue.poll(200, TimeUnit.MILLISECONDS);
                if (item == null) {
                    continue;
                }
                if (item == Item.END) {
                    break;
                }
                try {
                    if (!stopped) {
                        write(item);
                    }
                } finally {
                    item.image().release();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Item left;
            while ((left = queue.poll()) != null) {
                if (left.image() != null) {
                    left.image().release();
                }
            }
            closeAll();
        }
    }

    private void write(Item item) {
        CoachFrame f = item.frame();
        try {
            if (written % CHECK_EVERY == 0) {
                long free = Files.getFileStore(folder).getUsableSpace();
                if (free < minFreeBytes) {
                    stop(String.format(Locale.ROOT, "the disk is full (%d MB free): recording stopped at %.1f s;"
                            + " the %d frames recorded before are kept", free / 1024 / 1024, lastT, written));
                    return;
                }
            }
            if (encoder == null) {
                openVideo(item.image());
                t0 = f.seconds();
            }
            double t = f.seconds() - t0;
            encoder.write(item.image());
            for (CoachFrame d : item.droppedBefore()) {
                for (EventLine e : Tracks.events(d, written, Math.max(0, d.seconds() - t0), t0)) {
                    events.write(Tracks.JSON.writeValueAsString(e));
                    events.write('\n');
                }
            }
            track.write(Tracks.JSON.writeValueAsString(Tracks.line(f, written, t)));
            track.write('\n');
            for (EventLine e : Tracks.events(f, written, t, t0)) {
                events.write(Tracks.JSON.writeValueAsString(e));
                events.write('\n');
            }
            written++;
            lastT = t;
            if (written % CHECK_EVERY == 0) {
                track.flush();
                events.flush();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("recording stopped", e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            stop(String.format(Locale.ROOT, "cannot write the recording (%s): recording stopped at %.1f s; the %d"
                    + " frames recorded before are kept", why, lastT, written));
        }
    }

    private void openVideo(Mat first) throws IOException {
        width = first.cols();
        height = first.rows();
        try {
            videoName = "video.mp4";
            encoder = VideoEncoder.streaming(folder.resolve(videoName), width, height, fps);
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            LOG.info("no H.264 encoder ({}); recording MJPEG AVI", e.getMessage());
            Files.deleteIfExists(folder.resolve(videoName));
            videoName = "video.avi";
            encoder = VideoEncoder.streaming(folder.resolve(videoName), width, height, fps);
        }
    }

    private void stop(String reason) {
        if (!stopped) {
            stopReason = reason;
            stopped = true;
            onStop.accept(reason);
        }
    }

    private void closeAll() {
        if (encoder != null) {
            try {
                encoder.finish();
            } catch (org.bytedeco.javacv.FrameRecorder.Exception | RuntimeException e) {
                if (stopReason == null) {
                    stop("cannot finish the video (" + e.getMessage() + ")");
                }
            } finally {
                encoder.close();
            }
        }
        closeText();
        try {
            writeManifest(stopReason == null);
        } catch (OutputException e) {
            stop(e.getMessage());
        }
    }

    private void closeText() {
        for (BufferedWriter w : new BufferedWriter[] {track, events}) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    // what was flushed is kept; the last line may be cut, which the reader allows
                }
            }
        }
    }

    private void writeManifest(boolean complete) throws OutputException {
        double step = 1 / fps;
        Manifest m = new Manifest(Manifest.FORMAT, Manifest.VERSION, created, details.role(), details.exercise(),
                details.exerciseName(), details.source(), details.model(), videoName == null ? "video.mp4" : videoName,
                Manifest.KEYPOINTS, Manifest.EVENTS, width, height, fps, written,
                written == 0 ? 0 : Tracks.round(lastT + step, 1000), droppedCount, complete, stopReason,
                details.notes());
        try {
            OutputFile.forText(folder.resolve(Manifest.FILE)).writeString(
                    Tracks.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw OutputException.writeFailed("cannot write the manifest (" + e.getMessage() + ")", e);
        }
        result = m;
    }
}
