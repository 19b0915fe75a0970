package org.formcoach.routine;

/**
 * One step of a routine: an exercise with its dose, or a rest ({@code exerciseId} null).
 *
 * @param dose        the exercise's dose with this routine's overrides applied ({@link Dose#NONE} for a rest)
 * @param restSeconds length of a rest step; for an exercise step the rest between its sets
 * @param note        optional words for the user at this step, or null
 */
public record Step(String exerciseId, Dose dose, double restSeconds, String note) {

    public static Step rest(double seconds, String note) {
        return new Step(null, Dose.NONE, seconds, note);
    }

    public boolean isRest() {
        return exerciseId == null;
    }
}
