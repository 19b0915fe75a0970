package org.formcoach.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pipeline.CoachSink;
import org.formcoach.pipeline.PipelineStatus;
import org.opencv.core.Mat;

/** A progress line on stderr: frames done, percentage when the length is known, speed. */
final class ProgressBar implements CoachSink {

    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final String name;
    private final long totalFrames;
    private final double sourceFps;
    private long done;
    private long lastDraw;
    private double fps;
    private String status = "";

    ProgressBar(PrintWriter err, String name, long totalFrames, double sourceFps) {
        this.err = err;
        this.name = name;
        this.totalFrames = totalFrames;
        this.sourceFps = sourceFps;
    }

    @Override
    public void onFrame(CoachFrame frame, Mat image) {
        done++;
        long now = System.nanoTime();
        if (now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            draw();
        }
    }

    @Override
    public void onStatus(PipelineStatus s) {
        fps = s.fps();
        status = s.message() == null ? "" : s.message();
    }

    @Override
    public void onFinished(org.formcoach.pipeline.PipelineResult result) {
        draw();
        err.println();
        err.flush();
    }

    private void draw() {
        StringBuilder line = new StringBuilder("\r").append(name).append(": ");
        if (totalFrames > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / totalFrames);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, done * 100 / totalFrames)));
        }
        line.append(done).append(totalFrames > 0 ? "/" + totalFrames : "").append(" frames");
        if (fps > 0) {
            line.append(String.format(Locale.ROOT, ", %.1f fps", fps));
            if (sourceFps > 0) {
                line.append(String.format(Locale.ROOT, " (%.1fx real time)", fps / sourceFps));
            }
        }
        if (!status.isEmpty()) {
            line.append(" — ").append(status);
        }
        err.print(line);
        err.flush();
    }
}
