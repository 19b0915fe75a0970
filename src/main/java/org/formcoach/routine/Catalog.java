package org.formcoach.routine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from a routines folder: the valid exercises and routines (by id, in file-name
 * order) and the errors of the files that could not be used.
 */
public record Catalog(Map<String, Exercise> exercises, Map<String, Routine> routines, List<RoutineError> errors) {

    public Catalog {
        exercises = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exercises));
        routines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(routines));
        errors = List.copyOf(errors);
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    /** All red-flag questions of all exercises, without repeats (by id). */
    public List<RedFlag> redFlags() {
        Map<String, RedFlag> byId = new java.util.LinkedHashMap<>();
        exercises.values().forEach(e -> e.redFlags().forEach(f -> byId.putIfAbsent(f.id(), f)));
        return List.copyOf(byId.values());
    }
}
