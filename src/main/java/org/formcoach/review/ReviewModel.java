package org.formcoach.review;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.formcoach.app.model.Overlay;
import org.formcoach.body.Geometry;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;
import org.formcoach.pose.PosePoint;
import org.formcoach.recording.TrackFrame;
import org.formcoach.recording.Tracks;
import org.formcoach.recording.VideoEncoder;
import org.formcoach.report.FrameRenderer;
import org.formcoach.report.PictureDrawing;
import org.formcoach.routine.Exercise;
import org.opencv.core.Mat;

/**
 * The review of a video, without a screen: which frame is shown, playback at a chosen speed,
 * stepping and seeking, the angle and distance tools and the exports. The review window only draws
 * this model and forwards clicks and keys to it.
 */
public final class ReviewModel {

    /** What a click on the picture does. */
    public enum Tool {
        /** Nothing. */
        NONE,
        /** Three clicks: an angle at the second point. */
        ANGLE,
        /** Two clicks: a distance, in centimetres once calibrated. */
        DISTANCE,
        /** Two clicks along something of known length: sets the scale. */
        CALIBRATE
    }

    /** Playback speeds offered. */
    public static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 1.5, 2.0);

    /** A point in image pixels. */
    public record Point(double x, double y) {
    }

    /** A measurement drawn over the picture: its points and what it reads. */
    public record Measure(Tool tool, List<Point> points, String text) {
        public Measure {
            points = List.copyOf(points);
        }
    }

    private final ReviewMedia media;
    private final Exercise exercise;
    private final List<Timeline.Mark> marks;
    private final List<Consumer<ReviewModel>> listeners = new CopyOnWriteArrayList<>();
    private int index;
    private boolean playing;
    private double speed = 1.0;
    private boolean mirrored;
    private Tool tool = Tool.NONE;
    private final List<Point> pending = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private double calibrationCm = 100;
    private Double pixelsPerCm;
    private int in;
    private int out;
    private long lastTick = -1;
    private double playT;
    private String message = "";

    /** @param exercise the exercise of the media (its rules colour the skeleton), or null */
    public ReviewModel(ReviewMedia media, Exercise exercise) {
        this.media = media;
        this.exercise = exercise;
        this.marks = Timeline.of(media);
        this.out = Math.max(0, media.frameCount() - 1);
    }

    public void addListener(Consumer<ReviewModel> listener) {
        listeners.add(listener);
    }

    private void changed() {
        for (Consumer<ReviewModel> l : listeners) {
            l.accept(this);
        }
    }

    public ReviewMedia media() {
        return media;
    }

    public Exercise exercise() {
        return exercise;
    }

    public List<Timeline.Mark> marks() {
        return marks;
    }

    public int index() {
        return index;
    }

    public int frameCount() {
        return media.frameCount();
    }

    public TrackFrame current() {
        return media.track().get(index);
    }

    public boolean playing() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public boolean mirrored() {
        return mirrored;
    }

    public Tool tool() {
        return tool;
    }

    public List<Point> pending() {
        return List.copyOf(pending);
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Double pixelsPerCm() {
        return pixelsPerCm;
    }

    public int in() {
        return in;
    }

    public int out() {
        return out;
    }

    /** The last thing a tool or an export said, for the status line. */
    public String message() {
        return message;
    }

    /** Puts {@code text} on the status line (what the window's own actions, such as a report, say). */
    public void say(String text) {
        message = text;
        changed();
    }

    // ---- moving --------------------------------------------------------------------------------

    /** Shows frame {@code i} (clamped); stops playback only when asked by the caller. */
    public void seek(int i) {
        index = Math.max(0, Math.min(frameCount() - 1, i));
        playT = current().t();
        lastTick = -1;
        changed();
    }

    /** {@code frames} forward (or back when negative); pauses playback, as frame stepping does. */
    public void step(int frames) {
        playing = false;
        seek(index + frames);
    }

    public void togglePlay() {
        if (!playing && index >= frameCount() - 1) {
            index = 0;  // at the end: play again from the start
        }
        playing = !playing;
        playT = current().t();
        lastTick = -1;
        changed();
    }

    public void setSpeed(double s) {
        speed = Math.max(0.25, Math.min(2.0, s));
        changed();
    }

    public void setMirrored(boolean m) {
        mirrored = m;
        changed();
    }

    /**
     * Advances playback to the monotonic time {@code nowNanos}: the frame whose time has come at the
     * chosen speed. Returns whether the frame changed.
     */
    public boolean tick(long nowNanos) {
        if (!playing) {
            return false;
        }
        if (lastTick < 0) {
            lastTick = nowNanos;
            return false;
        }
        playT += (nowNanos - lastTick) / 1e9 * speed;
        lastTick = nowNanos;
        int next = index;
        while (next + 1 < frameCount() && media.track().get(next + 1).t() <= playT) {
            next++;
        }
        if (next + 1 >= frameCount() && playT >= media.track().get(frameCount() - 1).t() + 1 / media.fps()) {
            playing = false;
        }
        boolean moved = next != index;
        index = next;
        if (moved || !playing) {
            changed();
        }
        return moved;
    }

    // ---- tools ---------------------------------------------------------------------------------

    public void setTool(Tool t) {
        tool = t;
        pending.clear();
        message = switch (t) {
            case NONE -> "";
            case ANGLE -> "Angle: click three points, the angle is measured at the second";
            case DISTANCE -> pixelsPerCm == null ? "Distance: click two points (calibrate first for centimetres)"
                    : "Distance: click two points";
            case CALIBRATE -> String.format(Locale.ROOT, "Calibrate: click both ends of something %s cm long",
                    fmt(calibrationCm));
        };
        changed();
    }

    /** The known length the calibration line stands for, in centimetres. */
    public void setCalibrationLength(double cm) {
        if (!(cm > 0)) {
            throw new IllegalArgumentException("a known length must be above 0 cm");
        }
        calibrationCm = cm;
    }

    /** A click on the picture at image pixels ({@code x}, {@code y}). */
    public void click(double x, double y) {
        if (tool == Tool.NONE) {
            return;
        }
        pending.add(new Point(x, y));
        int needed = tool == Tool.ANGLE ? 3 : 2;
        if (pending.size() < needed) {
            changed();
            return;
        }
        List<Point> p = List.copyOf(pending);
        pending.clear();
        switch (tool) {
            case ANGLE -> {
                double deg = Geometry.angle(pt(p.get(0)), pt(p.get(1)), pt(p.get(2)));
                String text = String.format(Locale.ROOT, "%.0f°", deg);
                measures.add(new Measure(Tool.ANGLE, p, text));
                message = "Angle " + text;
            }
            case DISTANCE -> {
                double px = Geometry.distance(pt(p.get(0)), pt(p.get(1)));
                String text = pixelsPerCm == null ? String.format(Locale.ROOT, "%.0f px", px)
                        : String.format(Locale.ROOT, "%.1f cm", px / pixelsPerCm);
                measures.add(new Measure(Tool.DISTANCE, p, text));
                message = "Distance " + text;
            }
            case CALIBRATE -> {
                double px = Geometry.distance(pt(p.get(0)), pt(p.get(1)));
                if (px < 2) {
                    message = "Calibration: the two points are too close; click both ends of the known length";
                } else {
                    pixelsPerCm = px / calibrationCm;
                    measures.add(new Measure(Tool.CALIBRATE, p, fmt(calibrationCm) + " cm"));
                    message = String.format(Locale.ROOT, "Calibrated: %s cm = %.0f px; distances now in cm",
                            fmt(calibrationCm), px);
                    tool = Tool.DISTANCE;
                }
            }
            case NONE -> {
            }
        }
        changed();
    }

    public void clearMeasures() {
        measures.clear();
        pending.clear();
        message = "";
        changed();
    }

    public void markIn() {
        in = index;
        out = Math.max(out, in);
        message = "Clip from frame " + (in + 1);
        changed();
    }

    public void markOut() {
        out = index;
        in = Math.min(in, out);
        message = "Clip to frame " + (out + 1);
        changed();
    }

    // ---- what is shown -------------------------------------------------------------------------

    /** The skeleton, colours and angles of the current frame. */
    public Overlay overlay() {
        return overlay(index);
    }

    Overlay overlay(int i) {
        TrackFrame line = media.track().get(i);
        return FrameRenderer.overlay(Tracks.pose(line, media.width(), media.height()), Tracks.form(line), exercise);
    }

    /** "Frame 12 / 57 · 1.20 s / 5.70 s · 1×". */
    public String position() {
        double end = media.track().get(frameCount() - 1).t();
        return String.format(Locale.ROOT, "Frame %d / %d · %.2f s / %.2f s · %s×", index + 1, frameCount(),
                current().t(), end, fmt(speed));
    }

    /** The lines of the measurements, for drawing on exported pictures. */
    public List<FrameRenderer.Line> measureLines() {
        List<FrameRenderer.Line> lines = new ArrayList<>();
        for (Measure m : measures) {
            List<Point> p = m.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                lines.add(new FrameRenderer.Line(p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y(),
                        i == 0 ? m.text() : ""));
            }
        }
        return lines;
    }

    /** The current frame as drawn, with its overlay, measurements and a caption. */
    public BufferedImage renderCurrent() {
        return render(index, true);
    }

    private BufferedImage render(int i, boolean withMeasures) {
        TrackFrame line = media.track().get(i);
        String caption = String.format(Locale.ROOT, "%s — frame %d — %.2f s", media.title(), i + 1, line.t());
        return FrameRenderer.render(media.frames().image(i), overlay(i), withMeasures ? measureLines() : List.of(),
                caption, mirrored);
    }

    // ---- exports -------------------------------------------------------------------------------

    /** Writes the current frame as drawn to a PNG. */
    public void exportFrame(Path png) throws OutputException {
        OutputFile file = OutputFile.forFile(png, List.of("png"));
        BufferedImage picture = renderCurrent();
        file.write(o -> ImageIO.write(picture, "png", o));
        message = "Saved " + png;
        changed();
    }

    /** Writes frames {@link #in()}..{@link #out()} as drawn to an MP4 (or AVI) clip. */
    public void exportClip(Path video) throws OutputException {
        OutputFile file = OutputFile.forFile(video, List.of("mp4", "avi"));
        try (OutputFile.Staged staged = file.stage()) {
            try (VideoEncoder encoder = VideoEncoder.clip(staged.path(), media.width(), media.height(),
                    media.fps())) {
                for (int i = in; i <= out; i++) {
                    Mat mat = PictureDrawing.toMat(render(i, i == index));
                    try {
                        encoder.write(mat);
                    } finally {
                        mat.release();
                    }
                }
                encoder.finish();
            } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
                throw OutputException.writeFailed("cannot write " + video + " (" + e.getMessage() + ")", e);
            }
            staged.commit();
        }
        message = String.format(Locale.ROOT, "Saved %s (%d frames)", video, out - in + 1);
        changed();
    }

    private static PosePoint pt(Point p) {
        return new PosePoint(p.x(), p.y(), 1);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
