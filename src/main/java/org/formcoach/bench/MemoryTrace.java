package org.formcoach.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.opencv.core.Mat;

/**
 * The process's resident memory (RSS) over a benchmark run: at the start, with the model loaded, at
 * a reference frame, at the end, and the peak in between. The peak is what a user's computer has
 * to give: a run can climb to gigabytes and fall back before it ends, so the end alone hides it.
 * A sampler thread reads the RSS every {@link #SAMPLE_INTERVAL}, and the kernel's own high-water
 * mark ({@link ProcessMemory#peakResidentMiB}) catches what falls between samples.
 *
 * <p>As a sink it learns which frame is being analysed (to say where the peak was), takes the
 * reference sample at the first frame at or after the reference frame (in a live run some frames
 * are dropped), and logs the RSS every {@code logEvery} frames: at the first frame analysed in each
 * block of {@code logEvery} (in a live run the multiples themselves are often dropped).
 */
public final class MemoryTrace implements CoachSink, AutoCloseable {

    static final Duration SAMPLE_INTERVAL = Duration.ofMillis(200);

    /** An RSS value in MiB and the frame being analysed when it was read (-1: before the first). */
    public record Sample(double mib, long frame) {
    }

    /** What a run showed; values are -1 where unknown (no /proc). */
    public record Summary(double startMiB, double modelLoadedMiB, Sample reference, Sample peak, double endMiB,
                          double maxMiB) {

        /** RSS at the end minus at the reference frame. */
        public double growthMiB() {
            return endMiB - reference.mib();
        }

        /** How far the peak rose above the reference frame's RSS. */
        public double peakAboveReferenceMiB() {
            return peak.mib() - reference.mib();
        }

        /** One line, e.g. "RSS: start 86 MiB, model loaded 263, at frame 1000 301, peak 1902 at frame 2380, ...". */
        public String describe() {
            String peakAt = peak.frame() < 0 ? "before the first frame" : "at frame " + peak.frame();
            return String.format(Locale.ROOT, "RSS: start %.0f MiB, model loaded %.0f, at frame %d %.0f, peak %.0f %s,"
                    + " end %.0f; from frame %d to the end %+.0f MiB, to the peak %+.0f MiB; max RSS %.0f MiB",
                    startMiB, modelLoadedMiB, reference.frame(), reference.mib(), peak.mib(), peakAt, endMiB,
                    reference.frame(), growthMiB(), peakAboveReferenceMiB(), maxMiB);
        }
    }

    private final long referenceFrame;
    private final long logEvery;
    private final PrintWriter log;
    private final double startMiB;
    private final Thread sampler;
    private volatile long currentFrame = -1;
    /** The block of {@code logEvery} frames last logged (-1: none yet); used on the analysing thread only. */
    private long loggedBlock = -1;
    private volatile boolean stopped;
    private double modelLoadedMiB = -1;
    private Sample reference;
    private Sample peak = new Sample(-1, -1);

    private MemoryTrace(long referenceFrame, long logEvery, PrintWriter log) {
        this.referenceFrame = referenceFrame;
        this.logEvery = logEvery;
        this.log = log;
        this.startMiB = sample();
        this.sampler = new Thread(this::sampleUntilStopped, "memory sampler");
        this.sampler.setDaemon(true);
    }

    /**
     * Starts tracing now (the start value is read at once).
     *
     * @param referenceFrame the frame whose RSS growth is measured from (the pipeline has settled)
     * @param logEvery log the RSS every this many frames to {@code log} (0: never)
     */
    public static MemoryTrace start(long referenceFrame, long logEvery, PrintWriter log) {
        MemoryTrace trace = new MemoryTrace(referenceFrame, logEvery, log);
        trace.sampler.start();
        return trace;
    }

    /** Records the RSS once the model is loaded. */
    public void modelLoaded() {
        double now = sample();
        synchronized (this) {
            modelLoadedMiB = now;
        }
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        long index = frame.index();
        currentFrame = index;
        boolean takeReference;
        synchronized (this) {
            takeReference = reference == null && index >= referenceFrame;
        }
        if (takeReference) {
            double now = sample();
            synchronized (this) {
                reference = new Sample(now, index);
            }
        }
        if (logEvery > 0 && index / logEvery > loggedBlock) {
            loggedBlock = index / logEvery;
            double now = sample();
            Sample highest = peak();
            log.printf(Locale.ROOT, "frame %d: RSS %.0f MiB (peak so far %.0f MiB at frame %d)%n", index, now,
                    highest.mib(), highest.frame());
            log.flush();
        }
    }

    /** Stops sampling and sums the run up; call once the pipeline has ended. */
    public Summary finish() {
        close();
        double end = sample();
        synchronized (this) {
            // a run shorter than the reference frame measures from the last frame it analysed
            Sample ref = reference != null ? reference : new Sample(end, currentFrame);
            return new Summary(startMiB, modelLoadedMiB, ref, peak, end, ProcessMemory.peakResidentMiB());
        }
    }

    /** The highest RSS sampled so far. */
    public synchronized Sample peak() {
        return peak;
    }

    /** Stops the sampler thread. */
    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the RSS now and keeps it if it is the highest yet. */
    private double sample() {
        double now = ProcessMemory.residentMiB();
        synchronized (this) {
            if (now > peak.mib()) {
                peak = new Sample(now, currentFrame);
            }
        }
        return now;
    }

    private void sampleUntilStopped() {
        while (!stopped) {
            sample();
            try {
                Thread.sleep(SAMPLE_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
