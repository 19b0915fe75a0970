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
        @JsonProperty("duration_s") double durationSeconds, String view, List<Rep> reps, List<Hold> holds, List<CueEntry> cues,
        String stoppedEarly, List<Long> skippedFrames, boolean interrupted, List<FrameEntry> frames) {

    /**
     * One repetition. {@code counted} is false for a rep that was too shallow or too fast;
     * {@code depthAngle} is the smallest value of the rep's angle signal (e.g. the elbow angle at
     * the bottom of a push-up); {@code faults} are the cues raised during the rep.
     */
    public record Rep(int number, int set, @JsonProperty("start_s") double startSeconds,
            @JsonProperty("end_s") double endSeconds, @JsonProperty("depth_angle_deg") Double depthAngle, boolean counted,
            List<String> faults) {
    }

    /** One hold: time credited, target, and the breaks when form was lost and the timer paused. */
    public record Hold(int set, @JsonProperty("start_s") double startSeconds, @JsonProperty("end_s") double endSeconds,
            @JsonProperty("held_s") double heldSeconds, @JsonProperty("target_s") double targetSeconds,
            boolean done, List<Break> breaks) {
    }

    public record Break(@JsonProperty("start_s") double startSeconds, @JsonProperty("end_s") double endSeconds) {
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
