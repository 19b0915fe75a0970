package org.formcoach.session;

import java.time.LocalDate;

/**
 * Where the user is on a ladder: the exercise and its dose, since when.
 *
 * @param family the ladder, named by its first exercise (e.g. wall-pushup)
 */
public record Rung(String family, String exerciseId, int sets, int reps, LocalDate since) {

    public String dose() {
        return sets + " × " + reps;
    }
}
