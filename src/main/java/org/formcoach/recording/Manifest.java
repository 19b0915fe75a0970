package org.formcoach.recording;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The small document that makes a folder a recording: what was recorded, with which exercise and
 * model, and where its three parts are. Written last (and rewritten when the recording ends), so a
 * folder whose manifest says {@code complete: false} was cut short; what it holds still plays.
 *
 * @param format        always {@value #FORMAT}
 * @param version       the layout version ({@value #VERSION})
 * @param created       when the recording started (ISO-8601, UTC)
 * @param role          "demonstration" (a therapist's reference), "attempt" or "session"
 * @param exercise      the exercise id the coach evaluated
 * @param exerciseName  its name, for reports
 * @param source        what was recorded: a camera or a file name
 * @param model         the pose model
 * @param video         the video file in the folder (MP4 through FFmpeg, or MJPEG AVI)
 * @param keypoints     the keypoint track: JSON lines, one per video frame
 * @param events        the coaching events: JSON lines, one per event
 * @param width         frame width in pixels
 * @param height        frame height in pixels
 * @param fps           the video's frame rate
 * @param frames        frames in the video and in the track
 * @param durationSeconds time from the first frame to the end of the last
 * @param droppedFrames frames the coach analysed that the recording had no time to write (never
 *                      more than a few; coaching is never slowed for the recording)
 * @param complete      whether the recording ended as asked (false: stopped by a full disk or an error)
 * @param stopped       why it stopped early, or null
 * @param notes         the therapist's notes, or null
 */
public record Manifest(String format, int version, String created, String role, String exercise,
        String exerciseName, String source, String model, String video, String keypoints, String events, int width,
        int height, double fps, long frames, @JsonProperty("duration_s") double durationSeconds, long droppedFrames,
        boolean complete, String stopped, String notes) {

    public static final String FORMAT = "formcoach-recording";
    public static final int VERSION = 1;
    public static final String FILE = "manifest.json";
    public static final String KEYPOINTS = "keypoints.jsonl";
    public static final String EVENTS = "events.jsonl";

    public Manifest withNotes(String newNotes) {
        return new Manifest(format, version, created, role, exercise, exerciseName, source, model, video, keypoints,
                events, width, height, fps, frames, durationSeconds, droppedFrames, complete, stopped, newNotes);
    }
}
