package org.formcoach.routine;

/**
 * Where an exercise goes once it is easy: build up to {@code sets} × {@code reps}, then move on to
 * exercise {@code next} (null at the end of the ladder).
 */
public record Progression(int sets, int reps, String next) {
}
