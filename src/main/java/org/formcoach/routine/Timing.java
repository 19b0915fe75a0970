package org.formcoach.routine;

import java.util.Locale;

/**
 * How long a step or a routine is planned to take: what {@code formcoach routines} and the window
 * show, and what the routines are checked against (the programme's minutes). A step with a time box
 * takes its box; otherwise its dose at its exercise's pace: holds at the upper end of their range,
 * reps, circles and rotations at the tracker's seconds each, sequences at their seconds per
 * position, rests as written. Time to get into position is not counted, unless a rest step is
 * written for it.
 */
public final class Timing {

    private Timing() {
    }

    /** The planned seconds of one step. */
    public static double seconds(Step step, Exercise exercise) {
        if (step.isRest()) {
            return step.restSeconds();
        }
        double box = RoutineRunner.boxSeconds(step, exercise);
        return box > 0 ? box : doseSeconds(step.dose(), exercise.tracker());
    }

    /** The planned seconds of a dose done at the tracker's pace, rests between sets included. */
    public static double doseSeconds(Dose d, TrackerSpec tracker) {
        double set = tracker.accept(new TrackerSpec.Visitor<Double>() {
            public Double hold(TrackerSpec.Hold h) {
                return Math.max(d.holdSeconds(), d.holdMaxSeconds());
            }

            public Double reps(TrackerSpec.Reps r) {
                return d.reps() * r.repSeconds();
            }

            public Double sequence(TrackerSpec.Sequence s) {
                return d.cycles() * s.positions().size() * s.secondsEach();
            }

            public Double circles(TrackerSpec.Circles c) {
                return d.reps() * c.directions().size() * c.circleSeconds();
            }

            public Double headRotation(TrackerSpec.HeadRotation h) {
                return d.durationSeconds();
            }

            public Double watch(TrackerSpec.Watch w) {
                return 0.0;
            }

            public Double armOpening(TrackerSpec.ArmOpening a) {
                return 2.0 * d.reps() * a.rotationSeconds();  // both sides
            }
        });
        return d.sets() * set + Math.max(0, d.sets() - 1) * d.restSeconds();
    }

    /** The planned seconds of a routine's steps, in order. */
    public static double total(Routine routine, Catalog catalog) {
        double sum = 0;
        for (Step s : routine.steps()) {
            sum += seconds(s, s.isRest() ? null : catalog.exercise(s.exerciseId()).orElseThrow());
        }
        return sum;
    }

    /** e.g. "1:30", "15:00", "0:45". */
    public static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
