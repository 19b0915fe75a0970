package org.formcoach.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a headless analysis found in a video or folder: the document written by
 * {@code formcoach analyze --json}. Times are seconds of video time.
 *
 * <p>{@code stoppedEarly} is null when the whole input was read, else where and why reading
 * stopped; {@code skippedFrames} are the indices of damaged frames that were skipped while reading
 * went on; {@code interrupted} says the analysis was stopped (Ctrl-C, SIGTERM) and the report holds
 * what was analysed until then.
 */
public record AnalysisReport(String input, String exercise, String model, long framesTotal, long framesWithPerson,
        @JsonProperty("duration_s") double durationSeconds, String view, List<Rep> reps, List<Hold> holds,
        List<Turn> turns, List<CueEntry> cues, String stoppedEarly, List<Long> skippedFrames, boolean interrupted,
        List<FrameEntry> frames) {

    /**
     * One rep attempt. {@code counted} is false only for a partial rep (not deep enough); a fast or
     * faulty full-range rep counts. {@code signal} says what showed it: "angle" (the elbow of the
     * arm nearer the camera, seen side-on; {@code depth} is its smallest angle in degrees) or
     * "reach" (shoulders to hands; {@code depth} is the smallest distance in arm lengths).
     * {@code faults} are the cue ids raised during the rep; a counted rep without faults is clean.
     */
    public record Rep(int number, int set, @JsonProperty("start_s") double startSeconds,
            @JsonProperty("bottom_s") double bottomSeconds, @JsonProperty("end_s") double endSeconds, String signal,
            Double depth, boolean counted, List<String> faults) {

        public boolean clean() {
            return counted && faults.isEmpty();
        }
    }

    /** One hold: time credited, target, and the breaks when form was lost and the timer paused. */
    public record Hold(int set, @JsonProperty("start_s") double startSeconds, @JsonProperty("end_s") double endSeconds,
            @JsonProperty("held_s") double heldSeconds, @JsonProperty("target_s") double targetSeconds,
            boolean done, List<Break> breaks) {
    }

    public record Break(@JsonProperty("start_s") double startSeconds, @JsonProperty("end_s") double endSeconds) {
    }

    /** A head turn the head-rotation check saw: when, and which way (the person's own left or right). */
    public record Turn(double t, String direction) {
    }

    /** A cue as it appeared: when, which, and what it said. */
    public record CueEntry(double t, String id, String text, String severity) {
    }

    /**
     * Keypoints of one frame (only with {@code --frames}): 17 [x, y, score] triples in COCO order
     * (as {@code formcoach pose} names them); null when nobody was in view.
     */
    public record FrameEntry(long index, double t, List<double[]> keypoints) {
    }
}
