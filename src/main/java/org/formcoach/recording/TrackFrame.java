package org.formcoach.recording;

import java.util.List;

/**
 * One line of a recording's keypoint track: one video frame and what the coach saw on it.
 *
 * @param frame        the frame's number in the recording's video (0-based)
 * @param sourceIndex  its index in the source it was read from
 * @param t            seconds since the recording's first frame
 * @param view         the detected view ("left", "right", "front", ..., "unknown")
 * @param set          the set of the exercise (1-based)
 * @param keypoints    17 [x, y, score] triples in COCO order, in frame pixels; null when nobody was in view
 * @param measurements the values the rules and the counter measured on this frame
 * @param cues         the cues on screen
 * @param checksOff    rules the view could not judge
 */
public record TrackFrame(long frame, long sourceIndex, double t, String view, int set, List<double[]> keypoints,
        List<MeasuredValue> measurements, List<ShownCue> cues, List<String> checksOff) {

    public TrackFrame {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        cues = cues == null ? List.of() : List.copyOf(cues);
        checksOff = checksOff == null ? List.of() : List.copyOf(checksOff);
    }

    /** A measured value: the rule or signal, the value, "deg" or "ratio", and the keypoint it is drawn at. */
    public record MeasuredValue(String name, double value, String unit, String at) {
    }

    /** A cue on screen: its id, "info", "warning" or "error", and the keypoints it highlights. */
    public record ShownCue(String id, String severity, String text, List<String> highlight) {
        public ShownCue {
            highlight = highlight == null ? List.of() : List.copyOf(highlight);
        }
    }

    /** The value measured for {@code name} on this frame, or NaN. */
    public double value(String name) {
        for (MeasuredValue m : measurements) {
            if (m.name().equals(name)) {
                return m.value();
            }
        }
        return Double.NaN;
    }
}
