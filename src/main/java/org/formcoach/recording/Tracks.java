package org.formcoach.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.formcoach.body.View;
import org.formcoach.form.Cue;
import org.formcoach.form.FormEvent;
import org.formcoach.form.FormFrame;
import org.formcoach.form.Measurement;
import org.formcoach.form.RepResult;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pose.Crop;
import org.formcoach.pose.Keypoint;
import org.formcoach.pose.Pose;
import org.formcoach.pose.PosePoint;
import org.formcoach.rule.Severity;

/** Between the coach's frames and a recording's lines, both ways. */
public final class Tracks {

    /** The recording's JSON: snake_case fields, one document per line, unknown fields ignored (newer files). */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Tracks() {
    }

    /** The track line of {@code f}, the recording's frame {@code frame} at {@code t} seconds. */
    public static TrackFrame line(CoachFrame f, long frame, double t) {
        List<double[]> keypoints = f.pose() == null ? null : f.pose().points().stream()
                .map(p -> new double[] {round(p.x(), 10), round(p.y(), 10), round(p.score(), 10_000)}).toList();
        FormFrame form = f.form();
        List<TrackFrame.MeasuredValue> measured = form.measurements().stream()
                .map(m -> new TrackFrame.MeasuredValue(m.name(), round(m.value(), 1000), m.unit(),
                        m.at() == null ? null : m.at().id())).toList();
        List<TrackFrame.ShownCue> cues = form.cues().stream()
                .map(c -> new TrackFrame.ShownCue(c.id(), c.severity().name().toLowerCase(Locale.ROOT), c.text(),
                        c.highlight().stream().map(Keypoint::id).toList())).toList();
        return new TrackFrame(frame, f.index(), round(t, 10_000), form.view().name().toLowerCase(Locale.ROOT),
                f.set(), keypoints, measured, cues, form.checksOff());
    }

    /** The event lines of {@code f}; {@code t0} is the source time (seconds) of the recording's first frame. */
    public static List<EventLine> events(CoachFrame f, long frame, double t, double t0) {
        List<EventLine> lines = new ArrayList<>();
        for (FormEvent e : f.form().events()) {
            String text = null;
            if (e.type() == FormEvent.Type.CUE_STARTED) {
                text = f.form().cues().stream().filter(c -> c.id().equals(e.subject())).map(Cue::text).findFirst()
                        .orElse(null);
            }
            lines.add(new EventLine(frame, round(t, 10_000), e.type().name().toLowerCase(Locale.ROOT), e.subject(),
                    e.count(), text, null));
        }
        RepResult r = f.form().rep();
        if (r != null) {
            lines.add(new EventLine(frame, round(t, 10_000), EventLine.REP, "", r.number(), null,
                    new EventLine.Rep(r.number(), f.set(), r.counted(), round(r.startSeconds() - t0, 10_000),
                            round(r.bottomSeconds() - t0, 10_000), round(r.endSeconds() - t0, 10_000), r.signal(),
                            Double.isNaN(r.depth()) ? null : round(r.depth(), 1000), r.faults())));
        }
        return lines;
    }

    /** The pose of a track line in frame pixels, or null when nobody was in view. */
    public static Pose pose(TrackFrame line, int width, int height) {
        if (line.keypoints() == null || line.keypoints().size() != Keypoint.COUNT) {
            return null;
        }
        List<PosePoint> points = line.keypoints().stream().map(k -> new PosePoint(k[0], k[1], k[2])).toList();
        return new Pose(points, width, height, Crop.wholeImage(width, height));
    }

    /** What the coach said on a track line, as the form engine's frame (for the overlay). */
    public static FormFrame form(TrackFrame line) {
        List<Measurement> measurements = line.measurements().stream()
                .map(m -> new Measurement(m.name(), m.value(), m.unit(), keypoint(m.at()))).toList();
        List<Cue> cues = line.cues().stream().map(c -> new Cue(c.id(), c.text() == null ? "" : c.text(),
                severity(c.severity()), c.highlight().stream().map(Tracks::keypoint)
                        .filter(java.util.Objects::nonNull).toList())).toList();
        return new FormFrame(Math.round(line.t() * 1e9), view(line.view()), line.keypoints() != null, measurements,
                cues, List.of(), null, null, line.checksOff());
    }

    static Keypoint keypoint(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Keypoint.fromId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Severity severity(String s) {
        try {
            return Severity.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return Severity.INFO;
        }
    }

    static View view(String s) {
        try {
            return View.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return View.UNKNOWN;
        }
    }

    static double round(double v, double per) {
        return Math.round(v * per) / per;
    }
}
