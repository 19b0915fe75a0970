package org.formcoach.routine;

/**
 * One step of a routine: an exercise with its dose, or a rest ({@code exerciseId} null).
 *
 * @param note optional words for the user at this step
 */
public record Step(String exerciseId, Dose dose, double restSeconds, String note) {

    public static Step rest(double seconds, String note) {
        return new Step(null, Dose.NONE, seconds, note);
    }

    public boolean isRest() {
        return exerciseId == null;
    }
}
