package org.formcoach.app.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.formcoach.FormCoachHome;

/**
 * A sample clip played through the coach, so that FormCoach can be seen counting without a webcam.
 *
 * @param clip       the video file
 * @param exerciseId the exercise the clip shows
 */
public record Demo(String clip, String exerciseId) {

    /** The clip FormCoach ships in {@code samples/} (its licence and origin are in the README there). */
    public static final String SHIPPED_CLIP = "pushup-side-02.mp4";
    public static final String SHIPPED_EXERCISE = "floor-pushup";

    /** The shipped sample: four floor push-ups filmed side-on. */
    public static Demo shipped() {
        return new Demo(FormCoachHome.resolve("samples").resolve(SHIPPED_CLIP).toAbsolutePath().toString(),
                SHIPPED_EXERCISE);
    }

    /** Whether the clip is there to be played. */
    public boolean present() {
        return Files.isRegularFile(Path.of(clip));
    }
}
