package org.formcoach.routine;

import java.util.List;
import org.formcoach.pose.Keypoint;

/** What an exercise counts or times, besides its form rules. One kind per exercise. */
public sealed interface TrackerSpec {

    /** Short kind name as written in the files. */
    String kind();

    /**
     * Hold a position for the dose's hold time. Form errors pause the timer after {@code graceSeconds}
     * (a short wobble does not).
     */
    record Hold(double graceSeconds) implements TrackerSpec {
        public String kind() {
            return "hold";
        }
    }

    /**
     * Count repetitions on a joint angle (vertex in the middle). A rep goes from above {@code top}
     * to below {@code bottom} and back above {@code top}, taking at least {@code minRepSeconds}.
     * Starting down without reaching {@code bottom} is a partial rep: not counted, and
     * {@code partialCue} says how to fix it; a rep faster than the minimum is not counted either, and
     * {@code tempoCue} asks for control.
     */
    record Reps(List<Keypoint> angle, double top, double bottom, double minRepSeconds, String partialCue,
            String tempoCue)
            implements TrackerSpec {
        public Reps {
            angle = List.copyOf(angle);
        }

        public String kind() {
            return "reps";
        }
    }

    /**
     * Move {@code point} relative to {@code reference} through {@code positions} in order, holding
     * each for {@code secondsEach}; one pass through all positions is a cycle. Offsets are measured
     * from the position at the start (the first {@code baselineSeconds}), in units of the
     * point–reference distance, and a position counts from {@code threshold} on.
     */
    record Sequence(Keypoint point, Keypoint reference, List<SequencePosition> positions, double secondsEach,
            double threshold, double baselineSeconds) implements TrackerSpec {
        public Sequence {
            positions = List.copyOf(positions);
        }

        public String kind() {
            return "sequence";
        }
    }

    /** One position of a {@link Sequence}: a direction of movement and the cue that asks for it. */
    record SequencePosition(String name, Direction direction, String cue) {
    }

    /** Directions in the side view's body frame. */
    enum Direction {
        UP, DOWN, FORWARD, BACK;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Count circles drawn by {@code point} around its average position relative to
     * {@code reference} (side view: forward/up plane). Movements smaller than {@code minRadius}
     * (in units of the point–reference distance) are ignored as jitter. {@code directions} gives the
     * order, e.g. forward then backward; the dose's reps apply to each direction.
     */
    record Circles(Keypoint point, Keypoint reference, double minRadius, List<CircleDirection> directions,
            String cueForward, String cueBackward) implements TrackerSpec {
        public Circles {
            directions = List.copyOf(directions);
        }

        public String kind() {
            return "circles";
        }
    }

    /** Rolling direction of a shoulder circle. */
    enum CircleDirection {
        FORWARD, BACKWARD;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Turn the head both ways (front view) within the dose's duration. The yaw proxy is the nose's
     * horizontal offset from the midpoint of the ears, over the ear distance; a turn counts from
     * {@code minTurn}.
     */
    record HeadRotation(double minTurn, String cueLeft, String cueRight) implements TrackerSpec {
        public String kind() {
            return "head-rotation";
        }
    }

    /**
     * Watch posture continuously. The first {@code calibrationSeconds} of an uncalibrated session
     * record the user's neutral; rules with {@code relative_to_neutral} compare with it. Every
     * {@code reminderMinutes} of watching (0 = never) the user is reminded to do
     * {@code reminderRoutine}.
     */
    record Watch(double calibrationSeconds, double reminderMinutes, String reminderRoutine) implements TrackerSpec {
        public String kind() {
            return "watch";
        }
    }
}
