package org.formcoach.routine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.formcoach.pose.OneEuroParameters;
import org.formcoach.rule.RuleSpec;

/**
 * One exercise as loaded from {@code exercises/<id>.yaml}.
 *
 * @param timedOnly   what the instructions ask for that the camera cannot check: it is timed,
 *                    and the user is reminded of it, but never judged on it
 * @param redFlags    safety questions to ask with this exercise (empty for most)
 * @param progression the next step up, or null
 * @param position    checks that say the person is in the exercise's position (each judged where the
 *                    view allows); out of it nothing is counted or judged (a person walking up or
 *                    getting down to the mat) and the failing check's cue says how to get into it
 * @param breathing   the breathing pattern to pace while the exercise is done, or null
 */
public record Exercise(String id, String name, CameraView view, String instructions, Dose dose,
        TrackerSpec tracker, List<RuleSpec> rules, List<String> timedOnly, List<RedFlag> redFlags,
        Progression progression, OneEuroParameters smoothing, List<RuleSpec> position, Path source,
        Breathing breathing) {

    /** An exercise without a breathing pattern. */
    public Exercise(String id, String name, CameraView view, String instructions, Dose dose, TrackerSpec tracker,
            List<RuleSpec> rules, List<String> timedOnly, List<RedFlag> redFlags, Progression progression,
            OneEuroParameters smoothing, List<RuleSpec> position, Path source) {
        this(id, name, view, instructions, dose, tracker, rules, timedOnly, redFlags, progression, smoothing, position,
                source, null);
    }

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(smoothing, "smoothing");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(dose, "dose");
        rules = List.copyOf(rules);
        position = position == null ? List.of() : List.copyOf(position);
        timedOnly = List.copyOf(timedOnly);
        redFlags = List.copyOf(redFlags);
    }

    /** The rule with this id, if any. */
    public Optional<RuleSpec> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * The same exercise with one rule replaced (matched by id): how per-person overrides are applied.
     *
     * @throws IllegalArgumentException if the exercise has no rule with that id
     */
    public Exercise withRule(RuleSpec replacement) {
        if (rule(replacement.id()).isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " has no rule '" + replacement.id() + "'");
        }
        List<RuleSpec> changed = rules.stream().map(r -> r.id().equals(replacement.id()) ? replacement : r).toList();
        return new Exercise(id, name, view, instructions, dose, tracker, changed, timedOnly, redFlags, progression,
                smoothing, position, source, breathing);
    }

    /** The same exercise with another dose (a routine's, or the ladder's). */
    public Exercise withDose(Dose other) {
        return new Exercise(id, name, view, instructions, other, tracker, rules, timedOnly, redFlags, progression,
                smoothing, position, source, breathing);
    }
}
