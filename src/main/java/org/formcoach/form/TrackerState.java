package org.formcoach.form;

import java.util.List;
import org.formcoach.rule.RepPhase;
import org.formcoach.routine.TrackerSpec.CircleDirection;

/** Progress of an exercise's counting or timing at one frame; the record type follows the tracker kind. */
public sealed interface TrackerState {

    /** Whether this set's dose is complete. */
    boolean done();

    /** Repetitions: counted, asked for, rejected (too shallow or too fast), and the current phase. */
    record Reps(int reps, int target, int rejected, RepPhase phase, boolean done) implements TrackerState {
    }

    /**
     * A hold: seconds credited so far, target, and whether the timer is paused by broken form. A hold
     * range ("30–45 s") has its upper end in {@code maxSeconds} (equal to the target without a range):
     * the hold counts as done from the target on, and the set ends at the upper end.
     */
    record Hold(double heldSeconds, double targetSeconds, double maxSeconds, boolean started, boolean paused,
            boolean done) implements TrackerState {

        /** A hold without a range. */
        public Hold(double heldSeconds, double targetSeconds, boolean started, boolean paused, boolean done) {
            this(heldSeconds, targetSeconds, targetSeconds, started, paused, done);
        }

        /** Whether the hold has a range (e.g. 30–45 s). */
        public boolean ranged() {
            return maxSeconds > targetSeconds;
        }

        /** Whether the hold counts as done: its target (the lower end of a range) is reached. */
        public boolean credited() {
            return heldSeconds >= targetSeconds;
        }
    }

    /** A sequence: finished cycles, the position asked for now and how long it has been held. */
    record Sequence(int cycles, int targetCycles, int positionIndex, String positionName, double secondsInPosition,
            boolean done) implements TrackerState {
    }

    /** Circles per direction, the direction asked for now (null when all are done). */
    record Circles(int forward, int backward, int targetPerDirection, CircleDirection current, boolean done)
            implements TrackerState {
    }

    /**
     * Repetitions counted per side of the body (e.g. thoracic rotations on the left and on the right),
     * the dose per side, attempts not counted, and the side counted last (null before the first).
     */
    record Sides(int left, int right, int targetPerSide, int rejected, String lastSide, boolean done)
            implements TrackerState {

        public int total() {
            return left + right;
        }
    }

    /** Head rotation: which ways were reached and the time in view so far. */
    record Rotation(boolean turnedLeft, boolean turnedRight, double elapsedSeconds, double durationSeconds,
            boolean done) implements TrackerState {
    }

    /**
     * Posture watch: whether a neutral is recorded, time watched, and posture alerts counted per hour
     * of the session (index 0 is the first hour). Never done.
     */
    record Watch(boolean calibrated, double elapsedSeconds, List<Integer> alertsByHour) implements TrackerState {
        public Watch {
            alertsByHour = List.copyOf(alertsByHour);
        }

        public boolean done() {
            return false;
        }

        public int alerts() {
            return alertsByHour.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
