package org.formcoach.routine;

import java.util.List;
import java.util.Locale;
import org.formcoach.pose.Keypoint;

/** What an exercise counts or times, besides its form rules. One kind per exercise. */
public sealed interface TrackerSpec {

    /** Short kind name as written in the files. */
    String kind();

    /**
     * Whether the kind times itself with the dose's {@code duration} (the head-rotation check, a
     * watch). For every other kind a duration on a routine's step is a time box around its sets.
     */
    default boolean usesDuration() {
        return false;
    }

    /** Calls the visitor's method for this kind: a new kind does not compile until every visitor handles it. */
    <R> R accept(Visitor<R> visitor);

    /** One method per tracker kind. */
    interface Visitor<R> {
        R hold(Hold hold);

        R reps(Reps reps);

        R sequence(Sequence sequence);

        R circles(Circles circles);

        R headRotation(HeadRotation headRotation);

        R watch(Watch watch);

        R armOpening(ArmOpening armOpening);
    }

    /**
     * Hold a position for the dose's hold time. Form errors pause the timer after {@code graceSeconds}
     * (a short wobble does not).
     */
    record Hold(double graceSeconds) implements TrackerSpec {
        public String kind() {
            return "hold";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.hold(this);
        }
    }

    /**
     * Count repetitions. A rep goes from the top down to the bottom and back to the top. Which signal
     * shows it is chosen per frame from what the camera sees: the joint angle {@code angle} (vertex
     * in the middle; written for the left side, read on the side facing the camera) from above
     * {@code top} to below {@code bottom} when that arm is seen side-on, otherwise the {@code reach}
     * (how far the shoulders are from the wrists, as a fraction of the arm's length) when given.
     * Starting down without reaching the bottom is a partial rep: not counted, and
     * {@code partialCue} says how to fix it. A rep faster than {@code minRepSeconds} counts, with
     * {@code tempoCue} asking for control. {@code repSeconds} is the pace a rep is planned at (how
     * long a routine's step takes), not a check.
     */
    record Reps(List<Keypoint> angle, double top, double bottom, Reach reach, double minRepSeconds,
            String partialCue, String tempoCue, double repSeconds) implements TrackerSpec {

        /** A controlled rep takes about 3 s (the usual "1–2 s each way" of strength training tempo). */
        public static final double DEFAULT_REP_SECONDS = 3;

        public Reps {
            angle = List.copyOf(angle);
        }

        /** With the default pace. */
        public Reps(List<Keypoint> angle, double top, double bottom, Reach reach, double minRepSeconds,
                String partialCue, String tempoCue) {
            this(angle, top, bottom, reach, minRepSeconds, partialCue, tempoCue, DEFAULT_REP_SECONDS);
        }

        public String kind() {
            return "reps";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.reps(this);
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

        public <R> R accept(Visitor<R> visitor) {
            return visitor.sequence(this);
        }
    }

    /**
     * The reach signal of a rep: shoulder-to-wrist distance over the arm's length (1 = arm straight).
     * The top is at or above {@code top}, the bottom at or below {@code bottom}.
     */
    record Reach(double top, double bottom) {
    }

    /** One position of a {@link Sequence}: a direction of movement and the cue that asks for it. */
    record SequencePosition(String name, Direction direction, String cue) {
    }

    /** Directions in the side view's body frame. */
    enum Direction {
        UP, DOWN, FORWARD, BACK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Count circles drawn by {@code point} around its average position relative to
     * {@code reference} (side view: forward/up plane). Movements smaller than {@code minRadius}
     * (in units of the point–reference distance) are ignored as jitter. {@code directions} gives the
     * order, e.g. forward then backward; the dose's reps apply to each direction. {@code circleSeconds}
     * is the pace a circle is planned at.
     */
    record Circles(Keypoint point, Keypoint reference, double minRadius, List<CircleDirection> directions,
            String cueForward, String cueBackward, double circleSeconds) implements TrackerSpec {

        /** A slow, full shoulder roll takes about 3 s. */
        public static final double DEFAULT_CIRCLE_SECONDS = 3;

        public Circles {
            directions = List.copyOf(directions);
        }

        /** With the default pace. */
        public Circles(Keypoint point, Keypoint reference, double minRadius, List<CircleDirection> directions,
                String cueForward, String cueBackward) {
            this(point, reference, minRadius, directions, cueForward, cueBackward, DEFAULT_CIRCLE_SECONDS);
        }

        public String kind() {
            return "circles";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.circles(this);
        }
    }

    /** Rolling direction of a shoulder circle. */
    enum CircleDirection {
        FORWARD, BACKWARD;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
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

        @Override
        public boolean usesDuration() {
            return true;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.headRotation(this);
        }
    }

    /**
     * Watch posture continuously. The first {@code calibrationSeconds} of an uncalibrated session
     * record the user's neutral; rules with {@code relative_to_neutral} compare with it. Every
     * {@code reminderMinutes} of watching (0 = never) the user is reminded to do
     * {@code reminderRoutine}. From a camera, at most {@code framesPerSecond} frames a second are
     * analysed (0 = every frame): posture drifts over minutes, so a few frames a second watch it as
     * well and leave the computer's cores to the work it is there for.
     */
    record Watch(double calibrationSeconds, double reminderMinutes, String reminderRoutine, double framesPerSecond)
            implements TrackerSpec {
        public String kind() {
            return "watch";
        }

        @Override
        public boolean usesDuration() {
            return true;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.watch(this);
        }
    }

    /**
     * Count arm openings per side, e.g. the side-lying thoracic rotation ("open book"): lying on one
     * side with both arms reaching forward, the top arm opens away from the other and comes back.
     * The signal is how far apart the wrists are, in arm lengths, above the closest they have been
     * over the last seconds, so it reads the same whichever way the picture is turned. A rotation
     * goes from at most {@code closed} to at least {@code open} and back; the arm that moved more
     * is the side it counts for. Turning back before {@code open} is a partial rotation
     * ({@code partialCue}); a rotation faster than {@code minRotationSeconds} counts, with
     * {@code tempoCue}. When one side has its reps, {@code switchCue} asks for the other side.
     * {@code rotationSeconds} is the pace a rotation is planned at.
     */
    record ArmOpening(double closed, double open, double minRotationSeconds, double rotationSeconds,
            String partialCue, String tempoCue, String switchCue) implements TrackerSpec {
        public String kind() {
            return "arm-opening";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.armOpening(this);
        }
    }
}
