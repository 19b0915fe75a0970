package org.formcoach.patient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.formcoach.routine.Exercise;
import org.formcoach.rule.RuleSpec;

/**
 * A patient as a physiotherapist keeps them: a name or code, notes, the routine and ladder rung
 * assigned, and thresholds of their own: per exercise and rule, the allowed range that replaces the
 * exercise file's default while this profile is active.
 *
 * @param code      the key: a name or a code (no other personal data is needed)
 * @param rung      the push-up ladder rung assigned (an exercise id such as counter-pushup), or empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientProfile(String code, String name, String notes, String routine, String rung,
        List<Threshold> thresholds) {

    /** One override: the rule {@code rule} of {@code exercise} allows {@code min..max} (either may be null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Threshold(String exercise, String rule, Double min, Double max) {
    }

    public PatientProfile {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a patient needs a name or code");
        }
        code = code.strip();
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        routine = routine == null ? "" : routine;
        rung = rung == null ? "" : rung;
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** The override of {@code rule} in {@code exercise}, if any. */
    public Optional<Threshold> threshold(String exercise, String rule) {
        return thresholds.stream().filter(t -> t.exercise().equals(exercise) && t.rule().equals(rule)).findFirst();
    }

    /** This profile with the override of (exercise, rule) set to min..max, or removed when both are null. */
    public PatientProfile withThreshold(String exercise, String rule, Double min, Double max) {
        List<Threshold> next = new ArrayList<>(thresholds.stream()
                .filter(t -> !(t.exercise().equals(exercise) && t.rule().equals(rule))).toList());
        if (min != null || max != null) {
            next.add(new Threshold(exercise, rule, min, max));
        }
        return new PatientProfile(code, name, notes, routine, rung, next);
    }

    public PatientProfile withDetails(String newName, String newNotes, String newRoutine, String newRung) {
        return new PatientProfile(code, newName, newNotes, newRoutine, newRung, thresholds);
    }

    /**
     * The exercise as this patient does it: every override of it applied. An override naming a rule
     * the exercise does not have (any more) is left out.
     *
     * @throws IllegalArgumentException when an override's range is empty (min not below max)
     */
    public Exercise apply(Exercise exercise) {
        Exercise e = exercise;
        for (Threshold t : thresholds) {
            if (!t.exercise().equals(exercise.id())) {
                continue;
            }
            Optional<RuleSpec> rule = e.rule(t.rule());
            if (rule.isPresent()) {
                e = e.withRule(rule.get().withRange(t.min(), t.max()));
            }
        }
        return e;
    }
}
