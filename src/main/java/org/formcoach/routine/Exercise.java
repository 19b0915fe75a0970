package org.formcoach.routine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One exercise as loaded from {@code exercises/<id>.yaml}.
 *
 * @param timedOnly   what the instructions ask for that the camera cannot check: it is timed,
 *                    and the user is reminded of it, but never judged on it
 * @param redFlags    safety questions to ask with this exercise (empty for most)
 * @param progression the next step up, or null
 */
public record Exercise(String id, String name, CameraView view, String instructions, Dose dose,
        TrackerSpec tracker, List<RuleSpec> rules, List<String> timedOnly, List<RedFlag> redFlags,
        Progression progression, Path source) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(dose, "dose");
        rules = List.copyOf(rules);
        timedOnly = List.copyOf(timedOnly);
        redFlags = List.copyOf(redFlags);
    }
}
