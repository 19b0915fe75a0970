package org.formcoach.app.model;

import org.formcoach.routine.Breathing;

/**
 * Paces a breathing pattern: where in the breath a moment falls (in, hold, out), the count within
 * that phase and the size of the guide shape (it grows while breathing in, stays while holding and
 * shrinks while breathing out). Pure: the time since the pacing began gives the breath.
 */
public final class BreathingPacer {

    /** The three parts of a breath. */
    public enum Phase {
        INHALE("Breathe in"), HOLD("Hold"), EXHALE("Breathe out");

        private final String words;

        Phase(String words) {
            this.words = words;
        }

        /** What the guide says. */
        public String words() {
            return words;
        }
    }

    /**
     * One moment of the breath.
     *
     * @param count        the second of the phase, counting up from 1 ("in 1, 2, 3, 4")
     * @param phaseSeconds how long the phase lasts
     * @param scale        the guide shape's size, 0 (empty lungs) to 1 (full)
     * @param breath       which breath this is, from 1
     */
    public record Breath(Phase phase, int count, int phaseSeconds, double scale, int breath) {

        /** e.g. "Breathe in 2 of 4". */
        public String text() {
            return phase.words() + " " + count + " of " + phaseSeconds;
        }
    }

    private BreathingPacer() {
    }

    /** The breath {@code seconds} after pacing began (negative times count as 0). */
    public static Breath at(Breathing pattern, double seconds) {
        double t = Math.max(0, seconds);
        double cycle = pattern.breathSeconds();
        int breath = (int) Math.floor(t / cycle) + 1;
        double into = t - (breath - 1) * cycle;
        if (into < pattern.inhaleSeconds()) {
            return new Breath(Phase.INHALE, count(into, pattern.inhaleSeconds()), whole(pattern.inhaleSeconds()),
                    ease(into / pattern.inhaleSeconds()), breath);
        }
        into -= pattern.inhaleSeconds();
        if (into < pattern.holdSeconds()) {
            return new Breath(Phase.HOLD, count(into, pattern.holdSeconds()), whole(pattern.holdSeconds()), 1, breath);
        }
        into -= pattern.holdSeconds();
        return new Breath(Phase.EXHALE, count(into, pattern.exhaleSeconds()), whole(pattern.exhaleSeconds()),
                1 - ease(into / pattern.exhaleSeconds()), breath);
    }

    private static int count(double into, double length) {
        return Math.min(whole(length), (int) Math.floor(into) + 1);
    }

    private static int whole(double seconds) {
        return (int) Math.round(seconds);
    }

    /** Slow at both ends, as a breath is: half a cosine from 0 to 1. */
    private static double ease(double x) {
        double c = Math.max(0, Math.min(1, x));
        return (1 - Math.cos(Math.PI * c)) / 2;
    }
}
