package org.formcoach.routine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from a routines folder: the valid exercises, routines and pain patterns (by id,
 * in file-name order) and the errors of the files that could not be used.
 */
public record Catalog(Map<String, Exercise> exercises, Map<String, Routine> routines, List<RoutineError> errors,
        Map<String, PainPattern> patterns) {

    public Catalog {
        exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
        routines = Collections.unmodifiableMap(new LinkedHashMap<>(routines));
        errors = List.copyOf(errors);
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
    }

    /** A catalog without pain patterns. */
    public Catalog(Map<String, Exercise> exercises, Map<String, Routine> routines, List<RoutineError> errors) {
        this(exercises, routines, errors, Map.of());
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** Every exercise, in the order of their names (for a picker). */
    public List<Exercise> exercisesByName() {
        return exercises.values().stream().sorted(java.util.Comparator.comparing(Exercise::name)).toList();
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    /** All red-flag questions of all exercises, without repeats (by id). */
    public List<RedFlag> redFlags() {
        Map<String, RedFlag> byId = new LinkedHashMap<>();
        exercises.values().forEach(e -> e.redFlags().forEach(f -> byId.putIfAbsent(f.id(), f)));
        return List.copyOf(byId.values());
    }

    /**
     * The routine as a session runs it: its warm-up's steps first (when it names one), then its own.
     * The warm-up's steps keep their notes.
     */
    public Routine session(Routine routine) {
        Routine warmUp = routine.warmUp() == null ? null : routines.get(routine.warmUp());
        if (warmUp == null) {
            return routine;
        }
        List<Step> steps = new ArrayList<>(warmUp.steps());
        steps.addAll(routine.steps());
        return routine.withSteps(steps);
    }

    /** The planned seconds of a session of {@code routine}: its warm-up and its own steps. */
    public double sessionSeconds(Routine routine) {
        return Timing.total(session(routine), this);
    }
}
